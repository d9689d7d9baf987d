import { db } from '@/lib/db';
import { createUser, uniqueEmail } from '@/test/factories/users';

// Helpers for the integration tests of accounts and throttling: unique data per test (no
// truncation between tests) and the emails the outbox holds.

export const GOOD_PASSWORD = 'Vélo-Rouge7';

export { uniqueEmail };

/** A documentation-range address unique to the test, so throttling counters never collide. */
export function uniqueIp(): string {
  const byte = () => Math.floor(Math.random() * 256);
  return `198.51.${byte()}.${byte()}`;
}

export async function createConfirmedUser(password = GOOD_PASSWORD) {
  const { id, email, sessionVersion } = await createUser(db, { password, firstName: 'Jeanne', lastName: 'Martin' });
  return { id, email, sessionVersion };
}

export function findEmails(to: string, template?: string) {
  return db.outboxEmail.findMany({ where: { to, template }, orderBy: { createdAt: 'asc' }, select: { template: true, text: true, html: true } });
}

/** The token of the last link of that template sent to `to` (what the person would click). */
export async function tokenSentTo(to: string, template: string): Promise<string> {
  const emails = await findEmails(to, template);
  const text = emails.at(-1)?.text ?? '';
  const match = /jeton=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`Aucun lien avec jeton dans le dernier courriel « ${template} » envoyé à ${to}.`);
  return match[1];
}
