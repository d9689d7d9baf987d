import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, FULL_CHROMIUM } from '../../test/chromium';
import type { Cookies } from '../support/http-session';

// Next.js answers a server error on a page with a 500 whose HTML is an empty shell: the browser
// then renders the error boundary from the RSC payload, so only a browser shows what a person sees.

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS });
}

export async function renderedPage(browser: Browser, url: string, cookies: Cookies = new Map()): Promise<{ status: number; text: string }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    await context.addCookies([...cookies].map(([name, value]) => ({ name, value, url })));
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // The error boundary appears after hydration.
    await page
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text a person sees
    return { status: response?.status() ?? 0, text: await page.locator('body').innerText() };
  } finally {
    await context.close();
  }
}
