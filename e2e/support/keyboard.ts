import { expect, type Locator, type Page } from '@playwright/test';

// The keyboard alone, as a person without a mouse: Tab moves, Enter and Space act.

/** Presses Tab until the target has focus, as a keyboard user does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reached with ${maxPresses} presses of Tab: ${target}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** The element that has the focus now, as `document.activeElement`. */
export function focused(page: Page): Locator {
  return page.locator(':focus');
}

/** A message is announced: it is, or sits in, a live region (role status or alert, or aria-live). */
export async function expectAnnounced(message: Locator): Promise<void> {
  await expect(message).toBeVisible();
  const live = await message.evaluate((element) => Boolean(element.closest('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]')));
  expect(live, 'le message est dans une zone annoncée (role status ou alert, aria-live)').toBe(true);
}
