import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { sql } from './database';
import type { TestUser } from './factories';
import { test } from './fixtures';
import { signInAs } from './sessions';

// Profiles made directly in the database, for the tests whose subject is not the creation form.

type Member = { user: TestUser; isAdmin?: boolean; fn?: string };

export async function createProfileWithMembers(members: Member[]): Promise<{ profileId: string; name: string }> {
  const profileId = randomUUID();
  const name = `Association ${randomBytes(3).toString('hex')}`;
  await sql(
    `INSERT INTO "Profile" (id, name, rna, "addressLine", "postalCode", city, "contactEmail", object, "updatedAt")
     VALUES ($1, $2, 'W751234567', '1 place de la Mairie', '75001', 'Paris', 'contact@exemple.test', 'Faire vivre le quartier.', now())`,
    [profileId, name],
  );
  for (const [index, member] of members.entries()) {
    await sql(
      `INSERT INTO "Membership" (id, "profileId", "userId", function, "isAdmin", "joinedAt")
       VALUES ($1, $2, $3, $4::"MemberFunction", $5, now() + make_interval(secs => $6))`,
      [randomUUID(), profileId, member.user.id, member.fn ?? 'MEMBRE', member.isAdmin ?? false, index],
    );
  }
  return { profileId, name };
}

/** A second person, in their own browser context (own cookies, own IP), signed in. */
export async function openSessionFor(browser: Browser, user: TestUser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    ...options,
    baseURL: test.info().project.use.baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    extraHTTPHeaders: { 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}
