import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createConfirmedUser, findEmails, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { requestPasswordReset } from './request-password-reset';

// The answer to « Mot de passe oublié » must not take longer for an address that has an account:
// both paths go through the same expensive operations (not a timing test, which would be flaky).

const spies = vi.hoisted(() => ({ createToken: vi.fn(), hashToken: vi.fn(), renderEmail: vi.fn(), recordAudit: vi.fn(), transactWithEmails: vi.fn() }));

vi.mock('@/lib/auth/tokens', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/tokens')>();
  spies.createToken.mockImplementation(actual.createToken);
  spies.hashToken.mockImplementation(actual.hashToken);
  return { ...actual, createToken: spies.createToken, hashToken: spies.hashToken };
});
vi.mock('@/lib/mail/render', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/mail/render')>();
  spies.renderEmail.mockImplementation(actual.renderEmail);
  return { ...actual, renderEmail: spies.renderEmail };
});
vi.mock('@/lib/audit/record-audit', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/audit/record-audit')>();
  spies.recordAudit.mockImplementation(actual.recordAudit);
  return { ...actual, recordAudit: spies.recordAudit };
});

vi.mock('./transaction', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./transaction')>();
  spies.transactWithEmails.mockImplementation(actual.transactWithEmails);
  return { ...actual, transactWithEmails: spies.transactWithEmails };
});

async function workFor(email: string) {
  for (const spy of Object.values(spies)) spy.mockClear();
  await requestPasswordReset({ email }, { ip: uniqueIp() });
  return {
    transactions: spies.transactWithEmails.mock.calls.length,
    tokens: spies.createToken.mock.calls.length,
    hashes: spies.hashToken.mock.calls.length,
    renderedEmails: spies.renderEmail.mock.calls.length,
    auditRows: spies.recordAudit.mock.calls.length,
  };
}

describe('requestPasswordReset', () => {
  it('does the same work for a known and an unknown address: a token, its hash, a rendered email, one transaction, one audit row', async () => {
    const user = await createConfirmedUser();
    const unknown = uniqueEmail();
    const known = await workFor(user.email);
    expect(known).toEqual({ transactions: 1, tokens: 1, hashes: 1, renderedEmails: 1, auditRows: 1 });
    expect(await workFor(unknown)).toEqual(known);
    // Still nothing sent to an address without an account.
    expect(await findEmails(unknown)).toEqual([]);
    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['reset-password']);
  });

  it('does the same work for a disabled account, which gets nothing either', async () => {
    const user = await createConfirmedUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await workFor(user.email)).toEqual(await workFor(uniqueEmail()));
    expect(await findEmails(user.email)).toEqual([]);
  });
});
