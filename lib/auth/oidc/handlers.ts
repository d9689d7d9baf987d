import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';
import { deleteAccountWithFranceConnect, OTHER_FRANCECONNECT_IDENTITY } from '@/lib/accounts/delete-account';
import { SECURE_COOKIES, signIn, signOut } from '../config';
import { getSessionUser } from '../session';
import { secondFactorPathFor } from '../mfa/second-factor-paths';
import { homePathFor } from '../return-path';
import { resolveIdentity } from './accounts';
import { LINK_COOKIE, openPending, PENDING_COOKIE, PENDING_MAX_AGE_SECONDS, sealPending } from './pending-cookie';
import { authorizationRequest, completeAuthorization, OidcError, type OidcIdentity, type OidcReauth, providerConfiguration } from './protocol';
import { isOidcProviderId, type OidcProviderId, oidcSettings } from './settings';

// The two routes of a FranceConnect or ProConnect sign-in: /api/auth/oidc/<provider> sends the
// browser to the provider; /api/auth/callback/<provider> checks what comes back, finds or creates
// the account and opens the session. Every failure ends on « Connexion » with a French message.

export function callbackUrlFor(provider: OidcProviderId): string {
  return `${env.APP_URL}/api/auth/callback/${provider}`;
}

function settingsOf(provider: string) {
  return isOidcProviderId(provider) ? oidcSettings(env, provider) : null;
}

const DELETE_ACCOUNT_PATH = '/mon-compte/donnees-personnelles/supprimer-mon-compte';

function refuse(code: string): never {
  redirect(`/connexion?oidc=${code}`);
}

export async function startOidcSignIn(provider: string): Promise<Response> {
  const settings = settingsOf(provider);
  if (!settings) return new Response('Not Found', { status: 404 });
  return redirectToProvider(settings);
}

/** « Supprimer mon compte avec FranceConnect »: the signed-in person identifies again at FranceConnect. */
export async function startFranceConnectReauth(userId: string): Promise<never> {
  const settings = settingsOf('franceconnect');
  if (!settings) redirect(`${DELETE_ACCOUNT_PATH}?franceconnect=indisponible`);
  return redirectToProvider(settings, { purpose: 'delete-account', userId });
}

async function redirectToProvider(settings: NonNullable<ReturnType<typeof settingsOf>>, reauth?: OidcReauth): Promise<never> {
  let target: URL;
  try {
    const config = await providerConfiguration(settings);
    const { url, pending } = await authorizationRequest(settings, config, callbackUrlFor(settings.id), reauth);
    (await cookies()).set(PENDING_COOKIE, sealPending(pending, env.AUTH_SECRET), {
      httpOnly: true,
      sameSite: 'lax',
      secure: SECURE_COOKIES,
      path: '/api/auth/callback',
      maxAge: PENDING_MAX_AGE_SECONDS,
    });
    target = url;
  } catch (error) {
    console.error(`[oidc] ${settings.id} : fournisseur injoignable`, error instanceof Error ? error.message : '');
    if (reauth) redirect(`${DELETE_ACCOUNT_PATH}?franceconnect=indisponible`);
    refuse('indisponible');
  }
  redirect(target.href);
}

const FAILURE_CODES = { cancelled: 'annule', unavailable: 'indisponible', invalid: 'refuse' } as const;

export async function finishOidcSignIn(provider: string, request: Request): Promise<Response> {
  const settings = settingsOf(provider);
  if (!settings) return new Response('Not Found', { status: 404 });
  const jar = await cookies();
  const pending = openPending(jar.get(PENDING_COOKIE)?.value, env.AUTH_SECRET);
  // Single use: a replayed callback finds no state nor nonce.
  jar.delete({ name: PENDING_COOKIE, path: '/api/auth/callback' });
  const callbackUrl = new URL(`${callbackUrlFor(settings.id)}${new URL(request.url).search}`);
  const ip = getClientIp(await headers(), env.TRUST_PROXY);

  let identity: OidcIdentity;
  let outcome: Awaited<ReturnType<typeof resolveIdentity>> | null = null;
  try {
    const config = await providerConfiguration(settings);
    identity = await completeAuthorization(settings, config, callbackUrl, pending);
    if (!pending?.reauth) outcome = await resolveIdentity(settings, identity, ip);
  } catch (error) {
    const failure = error instanceof OidcError ? error.failure : 'invalid';
    if (failure !== 'cancelled') console.error(`[oidc] ${settings.id} : ${failure}`, error instanceof Error ? error.message : '');
    if (pending?.reauth) redirect(`${DELETE_ACCOUNT_PATH}?franceconnect=${FAILURE_CODES[failure]}`);
    refuse(FAILURE_CODES[failure]);
  }
  if (pending?.reauth || !outcome) return finishReauth(settings.id, pending?.reauth, identity, ip);

  if (outcome.kind === 'refused') {
    refuse(outcome.reason === 'unknown-agent' ? 'agent-inconnu' : outcome.reason === 'disabled' ? 'refuse' : 'agent-franceconnect');
  }
  if (outcome.kind === 'link') {
    jar.set(LINK_COOKIE, outcome.ticket, { httpOnly: true, sameSite: 'lax', secure: SECURE_COOKIES, path: '/', maxAge: 5 * 60 });
    redirect('/connexion/franceconnect');
  }
  if (!(await openSession(outcome.ticket))) refuse('refuse');
  if (outcome.role !== 'USAGER' && !outcome.mfa) redirect(secondFactorPathFor(true));
  redirect(homePathFor(outcome.role));
}

/** Spends the ticket through next-auth (its cookie, its callbacks); false if refused. */
export async function openSession(ticket: string): Promise<boolean> {
  try {
    await signIn('oidc-ticket', { ticket, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof CredentialsSignin) return false;
    throw error;
  }
}

/** The end of « Supprimer mon compte avec FranceConnect »: the same person, still signed in here, for the same account. */
async function finishReauth(provider: OidcProviderId, reauth: OidcReauth | undefined, identity: OidcIdentity, ip: string): Promise<never> {
  const viewer = await getSessionUser();
  if (provider !== 'franceconnect' || !reauth || !viewer || viewer.id !== reauth.userId) redirect(`${DELETE_ACCOUNT_PATH}?franceconnect=refuse`);
  const result = await deleteAccountWithFranceConnect(viewer.id, identity.sub, { ip });
  if (!result.ok) redirect(`${DELETE_ACCOUNT_PATH}?franceconnect=${result.message === OTHER_FRANCECONNECT_IDENTITY ? 'autre-identite' : 'refuse'}`);
  await signOut({ redirectTo: '/connexion?compte=supprime' });
  redirect('/connexion?compte=supprime');
}
