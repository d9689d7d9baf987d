import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser } from '@/test/factories/users';
import { createConfirmedUser, GOOD_PASSWORD, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { unlinkFranceConnect } from '@/lib/accounts/unlink-franceconnect';
import { updatePersonalData } from '@/lib/accounts/update-personal-data';
import { hashToken } from '../tokens';
import { completeLink, consumeSigninTicket, readLinkTicket, resolveIdentity } from './accounts';
import type { OidcIdentity } from './protocol';
import type { OidcSettings } from './settings';

// What a verified identity opens: the accounts FranceConnect creates or links (never silently),
// the agents ProConnect may sign in, and the single-use tickets that open the session.

const franceConnect = { id: 'franceconnect', trustMfa: false } as OidcSettings;
const proConnect = (trustMfa: boolean) => ({ id: 'proconnect', trustMfa }) as OidcSettings;

function identity(email: string, extra: Partial<OidcIdentity> = {}): OidcIdentity {
  return { sub: `${randomBytes(32).toString('hex')}v1`, email, givenName: 'Angela', familyName: 'Dubois', idToken: 'a.b.c', amr: [], acr: 'eidas1', ...extra };
}

describe('FranceConnect accounts', () => {
  it('creates a confirmed account for a new person, bound to the sub, and signs it in once', async () => {
    const person = identity(uniqueEmail());
    const outcome = await resolveIdentity(franceConnect, person, uniqueIp());
    expect(outcome).toMatchObject({ kind: 'signin', role: 'USAGER', mfa: false });
    const user = await db.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user).toMatchObject({ franceConnectSub: person.sub, firstName: 'Angela', lastName: 'Dubois' });
    expect(user.emailVerifiedAt).not.toBeNull();

    const ticket = outcome.kind === 'signin' ? outcome.ticket : '';
    expect(await consumeSigninTicket(ticket)).toMatchObject({ userId: user.id, provider: 'franceconnect', idToken: 'a.b.c' });
    expect(await consumeSigninTicket(ticket)).toBeNull();
  });

  it('signs in the account bound to the sub, whatever the email, and refreshes its names', async () => {
    const person = identity(uniqueEmail());
    await resolveIdentity(franceConnect, person, uniqueIp());
    const again = await resolveIdentity(franceConnect, { ...person, email: uniqueEmail(), givenName: 'Angèle' }, uniqueIp());
    expect(again.kind).toBe('signin');
    expect(await db.user.count({ where: { franceConnectSub: person.sub } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { franceConnectSub: person.sub } })).firstName).toBe('Angèle');
  });

  it('never merges with an account that has the email: a link, proven by that account’s password', async () => {
    const existing = await createConfirmedUser();
    const person = identity(existing.email);
    const outcome = await resolveIdentity(franceConnect, person, uniqueIp());
    expect(outcome.kind).toBe('link');
    const ticket = outcome.kind === 'link' ? outcome.ticket : '';
    expect(await readLinkTicket(ticket)).toEqual({ email: existing.email, provider: 'franceconnect' });
    // A link ticket does not open a session.
    expect(await consumeSigninTicket(ticket)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();

    expect(await completeLink(ticket, 'Mauvais-Mot-9', uniqueIp())).toEqual({ ok: false, reason: 'refused' });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();

    const linked = await completeLink(ticket, GOOD_PASSWORD, uniqueIp());
    expect(linked.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBe(person.sub);
    expect(await consumeSigninTicket(linked.ok ? linked.ticket : '')).toMatchObject({ userId: existing.id });
    // Spent: the same link cannot be used twice.
    expect(await completeLink(ticket, GOOD_PASSWORD, uniqueIp())).toEqual({ ok: false, reason: 'expired' });
  });

  it('keeps the names read-only once they come from FranceConnect', async () => {
    const person = identity(uniqueEmail());
    await resolveIdentity(franceConnect, person, uniqueIp());
    const user = await db.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(await updatePersonalData(user.id, { firstName: 'Autre', lastName: 'Nom' }, { ip: uniqueIp() })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).firstName).toBe('Angela');
  });

  it('unlinks FranceConnect only with the account’s password (a created account’s random one is unknown)', async () => {
    const existing = await createConfirmedUser();
    const outcome = await resolveIdentity(franceConnect, identity(existing.email), uniqueIp());
    await completeLink(outcome.kind === 'link' ? outcome.ticket : '', GOOD_PASSWORD, uniqueIp());
    expect(await unlinkFranceConnect(existing.id, 'Mauvais-Mot-9', { ip: uniqueIp() })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).not.toBeNull();
    expect(await unlinkFranceConnect(existing.id, GOOD_PASSWORD, { ip: uniqueIp() })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();
    expect(await updatePersonalData(existing.id, { firstName: 'Jeanne', lastName: 'Martin' }, { ip: uniqueIp() })).toBe(true);
  });

  it('refuses FranceConnect for an agent’s address', async () => {
    const agent = await createUser(db, { role: 'INSTRUCTEUR', password: 'Instruction-Sûre-2026!' });
    expect(await resolveIdentity(franceConnect, identity(agent.email), uniqueIp())).toEqual({ kind: 'refused', reason: 'agent-with-franceconnect' });
  });

  it('refuses an expired ticket', async () => {
    const outcome = await resolveIdentity(franceConnect, identity(uniqueEmail()), uniqueIp());
    const ticket = outcome.kind === 'signin' ? outcome.ticket : '';
    const { count } = await db.oidcTicket.updateMany({ where: { tokenHash: hashToken(ticket) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(count).toBe(1);
    expect(await consumeSigninTicket(ticket)).toBeNull();
  });
});

describe('ProConnect agents', () => {
  it('finds the agent by email, binds the sub, and trusts the provider’s second factor only when told to', async () => {
    const agent = await createUser(db, { role: 'INSTRUCTEUR', password: 'Instruction-Sûre-2026!' });
    const person = identity(agent.email, { amr: ['pwd', 'totp', 'mfa'] });
    expect(await resolveIdentity(proConnect(true), person, uniqueIp())).toMatchObject({ kind: 'signin', role: 'INSTRUCTEUR', mfa: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: agent.id } })).proConnectSub).toBe(person.sub);
    expect(await resolveIdentity(proConnect(false), person, uniqueIp())).toMatchObject({ kind: 'signin', mfa: false });
    expect(await resolveIdentity(proConnect(true), { ...person, amr: ['pwd'] }, uniqueIp())).toMatchObject({ kind: 'signin', mfa: false });
  });

  it('refuses an unknown address, an applicant’s address and a disabled agent', async () => {
    expect(await resolveIdentity(proConnect(true), identity(uniqueEmail('inconnu')), uniqueIp())).toEqual({ kind: 'refused', reason: 'unknown-agent' });
    const applicant = await createConfirmedUser();
    expect(await resolveIdentity(proConnect(true), identity(applicant.email), uniqueIp())).toEqual({ kind: 'refused', reason: 'unknown-agent' });
    const agent = await createUser(db, { role: 'ADMIN', password: 'Instruction-Sûre-2026!' });
    await db.user.update({ where: { id: agent.id }, data: { disabledAt: new Date() } });
    expect(await resolveIdentity(proConnect(true), identity(agent.email), uniqueIp())).toEqual({ kind: 'refused', reason: 'disabled' });
  });
});
