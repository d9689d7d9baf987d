import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import type { MemberFunction } from '../../lib/generated/prisma/client';
import { createProfile, type ProfileOptions } from '../../test/factories/profiles';
import { testDb } from './database';
import type { TestUser } from './factories';
import { test } from './fixtures';
import { signInAs } from './sessions';

// Profiles made directly in the database, for the tests whose subject is not the creation form.

type Member = { user: TestUser; isAdmin?: boolean; fn?: MemberFunction };

export async function createProfileWithMembers(members: Member[], profile: Omit<ProfileOptions, 'members'> = {}): Promise<{ profileId: string; name: string }> {
  const { id, name } = await createProfile(testDb(), {
    ...profile,
    members: members.map((member) => ({ userId: member.user.id, isAdmin: member.isAdmin, function: member.fn })),
  });
  return { profileId: id, name };
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
