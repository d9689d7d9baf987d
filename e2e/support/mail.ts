import { expect } from '@playwright/test';

// Reads what reached the SMTP sink (e2e/support/smtp-sink-server.ts).
export type SunkAttachment = { filename: string; contentType: string; size: number; startsWith: string };
export type SunkMessage = { to: string[]; subject: string; text: string; html: string; messageId: string; attachments: SunkAttachment[] };

const sinkUrl = `http://127.0.0.1:${process.env.E2E_SINK_PORT ?? 2580}`;

export async function messagesTo(address: string): Promise<SunkMessage[]> {
  const response = await fetch(`${sinkUrl}/messages?to=${encodeURIComponent(address.toLowerCase())}`);
  return (await response.json()) as SunkMessage[];
}

/** Waits for the email to `address` whose subject matches, and returns it. */
export async function waitForEmail(address: string, subject: RegExp): Promise<SunkMessage> {
  let found: SunkMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await messagesTo(address)).find((message) => subject.test(message.subject));
        return Boolean(found);
      },
      { timeout: 20_000, message: `courriel « ${subject} » à ${address}` },
    )
    .toBe(true);
  return found!;
}

/** The first link of the email's text version that points into the app. */
export function linkIn(message: SunkMessage, pathPrefix: string): string {
  const match = message.text.match(new RegExp(`https?://[^\\s<>"]+${pathPrefix.replace(/[/?]/g, '\\$&')}[^\\s<>")\\]]*`));
  if (!match) throw new Error(`Pas de lien ${pathPrefix} dans le courriel « ${message.subject} »:\n${message.text}`);
  return match[0];
}
