import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import type { OidcTicketKind, Role } from '@/lib/generated/prisma/client';
import { authorizeCredentials } from '../authorize-credentials';
import { hashPassword } from '../password-hash';
import { createToken, hashToken } from '../tokens';
import type { OidcIdentity } from './protocol';
import type { OidcProviderId, OidcSettings } from './settings';

// What a verified identity opens (docs/decisions/026-openid-connect.md). FranceConnect: the
// account bound to its `sub`, else a new account, else — an account has the email — a link the
// account's owner must prove with its password (never a silent merge). ProConnect: an existing
// agent only, found by its `sub` or, the first time, by its email.

const TICKET_TTL_MS = 5 * 60 * 1000;

export type OidcOutcome =
  | { kind: 'signin'; ticket: string; role: Role; mfa: boolean }
  | { kind: 'link'; ticket: string }
  | { kind: 'refused'; reason: 'unknown-agent' | 'disabled' | 'agent-with-franceconnect' };

async function issueTicket(tx: Tx, kind: OidcTicketKind, provider: OidcProviderId, userId: string, identity: OidcIdentity, mfa: boolean): Promise<string> {
  const ticket = createToken();
  // Expired tickets are of no use any more: the table stays small.
  await tx.oidcTicket.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await tx.oidcTicket.create({
    data: {
      tokenHash: hashToken(ticket),
      kind,
      provider,
      userId,
      sub: identity.sub,
      givenName: identity.givenName,
      familyName: identity.familyName,
      idToken: identity.idToken,
      mfa,
      expiresAt: new Date(Date.now() + TICKET_TTL_MS),
    },
  });
  return ticket;
}

const ACCOUNT = { id: true, role: true, disabledAt: true, franceConnectSub: true, proConnectSub: true } as const;

export async function resolveIdentity(settings: OidcSettings, identity: OidcIdentity, ip: string): Promise<OidcOutcome> {
  return settings.id === 'franceconnect' ? resolveApplicant(identity, ip) : resolveAgent(settings, identity, ip);
}

async function resolveApplicant(identity: OidcIdentity, ip: string): Promise<OidcOutcome> {
  const bound = await db.user.findUnique({ where: { franceConnectSub: identity.sub }, select: ACCOUNT });
  if (bound) {
    if (bound.disabledAt) return { kind: 'refused', reason: 'disabled' };
    const ticket = await db.$transaction(async (tx) => {
      // Names from FranceConnect are the reference: refreshed at each sign-in.
      await tx.user.update({ where: { id: bound.id }, data: { firstName: identity.givenName, lastName: identity.familyName } });
      return issueTicket(tx, 'SIGNIN', 'franceconnect', bound.id, identity, false);
    });
    return { kind: 'signin', ticket, role: bound.role, mfa: false };
  }
  const sameEmail = await db.user.findUnique({ where: { email: identity.email }, select: ACCOUNT });
  if (sameEmail) {
    if (sameEmail.role !== 'USAGER') return { kind: 'refused', reason: 'agent-with-franceconnect' };
    if (sameEmail.disabledAt) return { kind: 'refused', reason: 'disabled' };
    const ticket = await db.$transaction((tx) => issueTicket(tx, 'LINK', 'franceconnect', sameEmail.id, identity, false));
    return { kind: 'link', ticket };
  }
  // No password is ever shown: a random one, replaced through « Mot de passe oublié » if wanted.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const ticket = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: identity.email,
        firstName: identity.givenName,
        lastName: identity.familyName,
        passwordHash,
        // FranceConnect's identity providers vouch for the address.
        emailVerifiedAt: new Date(),
        franceConnectSub: identity.sub,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: 'account.created', targetType: 'User', targetId: user.id, ip, details: { via: 'franceconnect' } });
    return issueTicket(tx, 'SIGNIN', 'franceconnect', user.id, identity, false);
  });
  return { kind: 'signin', ticket, role: 'USAGER', mfa: false };
}

async function resolveAgent(settings: OidcSettings, identity: OidcIdentity, ip: string): Promise<OidcOutcome> {
  const agent =
    (await db.user.findUnique({ where: { proConnectSub: identity.sub }, select: ACCOUNT })) ??
    (await db.user.findFirst({ where: { email: identity.email, proConnectSub: null, role: { not: 'USAGER' } }, select: ACCOUNT }));
  if (!agent || agent.role === 'USAGER') {
    await recordAudit(db, { action: 'login.failure', ip, details: { via: 'proconnect', reason: 'unknown-agent' } });
    return { kind: 'refused', reason: 'unknown-agent' };
  }
  if (agent.disabledAt) return { kind: 'refused', reason: 'disabled' };
  const mfa = settings.trustMfa && identity.amr.includes('mfa');
  const ticket = await db.$transaction(async (tx) => {
    if (!agent.proConnectSub) {
      await tx.user.update({ where: { id: agent.id }, data: { proConnectSub: identity.sub } });
      await recordAudit(tx, { actorId: agent.id, action: 'oidc.bound', targetType: 'User', targetId: agent.id, ip, details: { provider: 'proconnect' } });
    }
    return issueTicket(tx, 'SIGNIN', 'proconnect', agent.id, identity, mfa);
  });
  return { kind: 'signin', ticket, role: agent.role, mfa };
}

export type ConsumedTicket = { userId: string; role: Role; sessionVersion: number; provider: string; idToken: string; mfa: boolean };

/** Spends a SIGNIN ticket (once: whoever deletes it first); null if unknown, expired or disabled. */
export async function consumeSigninTicket(ticket: unknown): Promise<ConsumedTicket | null> {
  if (typeof ticket !== 'string' || ticket.length < 20 || ticket.length > 100) return null;
  return db.$transaction(async (tx) => {
    const row = await tx.oidcTicket.findUnique({
      where: { tokenHash: hashToken(ticket) },
      select: {
        id: true,
        kind: true,
        expiresAt: true,
        provider: true,
        idToken: true,
        mfa: true,
        user: { select: { id: true, role: true, sessionVersion: true, disabledAt: true } },
      },
    });
    if (row?.kind !== 'SIGNIN') return null;
    const { count } = await tx.oidcTicket.deleteMany({ where: { id: row.id } });
    if (count !== 1 || row.expiresAt <= new Date() || row.user.disabledAt) return null;
    // The inactivity rule of lib/retention counts from the last sign-in.
    await tx.user.update({ where: { id: row.user.id }, data: { lastSignInAt: new Date() } });
    return { userId: row.user.id, role: row.user.role, sessionVersion: row.user.sessionVersion, provider: row.provider, idToken: row.idToken, mfa: row.mfa };
  });
}

export type LinkResult = { ok: true; ticket: string } | { ok: false; reason: 'expired' | 'refused' | 'throttled' };

/**
 * The owner of the account with FranceConnect's email proves it with its password: then (only
 * then) the account is bound to the FranceConnect identity and a SIGNIN ticket replaces the link.
 */
export async function completeLink(ticket: unknown, password: string, ip: string): Promise<LinkResult> {
  if (typeof ticket !== 'string' || ticket.length < 20 || ticket.length > 100) return { ok: false, reason: 'expired' };
  const row = await db.oidcTicket.findUnique({ where: { tokenHash: hashToken(ticket) }, include: { user: { select: { email: true } } } });
  if (row?.kind !== 'LINK' || row.expiresAt <= new Date()) return { ok: false, reason: 'expired' };
  const check = await authorizeCredentials({ email: row.user.email, password }, ip);
  if (!check.ok) return { ok: false, reason: check.reason === 'throttled' ? 'throttled' : 'refused' };
  if (check.user.id !== row.userId) return { ok: false, reason: 'refused' };
  const identity: OidcIdentity = {
    sub: row.sub,
    email: row.user.email,
    givenName: row.givenName,
    familyName: row.familyName,
    idToken: row.idToken,
    amr: [],
    acr: undefined,
  };
  const signin = await db.$transaction(async (tx) => {
    const { count } = await tx.oidcTicket.deleteMany({ where: { id: row.id } });
    if (count !== 1) return null;
    const taken = await tx.user.findUnique({ where: { franceConnectSub: row.sub }, select: { id: true } });
    if (taken && taken.id !== row.userId) return null;
    await tx.user.update({ where: { id: row.userId }, data: { franceConnectSub: row.sub, firstName: row.givenName, lastName: row.familyName } });
    await recordAudit(tx, { actorId: row.userId, action: 'oidc.linked', targetType: 'User', targetId: row.userId, ip, details: { provider: row.provider } });
    return issueTicket(tx, 'SIGNIN', 'franceconnect', row.userId, identity, false);
  });
  return signin ? { ok: true, ticket: signin } : { ok: false, reason: 'expired' };
}

/** The account a LINK ticket is about, for the page asking its password. */
export async function readLinkTicket(ticket: unknown): Promise<{ email: string; provider: string } | null> {
  if (typeof ticket !== 'string' || ticket.length < 20 || ticket.length > 100) return null;
  const row = await db.oidcTicket.findUnique({
    where: { tokenHash: hashToken(ticket) },
    select: { kind: true, expiresAt: true, provider: true, user: { select: { email: true } } },
  });
  if (row?.kind !== 'LINK' || row.expiresAt <= new Date()) return null;
  return { email: row.user.email, provider: row.provider };
}
