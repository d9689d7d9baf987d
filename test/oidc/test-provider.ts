import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID Connect provider (panva's oidc-provider, OpenID-certified) for the tests,
// configured like FranceConnect v2 (ES256-signed ID token and userinfo JWT, acr eidas1, PKCE
// parameters refused as FranceConnect does, RP-initiated logout) or like ProConnect (RS256,
// claims parameter, amr ["mfa"] when the person ticks the second factor). Its login page asks
// for the identity to return, so that each test brings its own person.

export type TestProviderKind = 'franceconnect' | 'proconnect';

export type TestProviderOptions = {
  kind: TestProviderKind;
  port?: number;
  clientId: string;
  clientSecret: string;
  /** The app's address: its callback and post-logout URIs are registered from it. */
  appUrl: string;
};

export type TestProvider = {
  issuer: string;
  /** The private keys the provider signs with (tests forge tokens with them). */
  keys: { ec: JsonWebKey & { kid: string }; rsa: JsonWebKey & { kid: string } };
  /** Every end_session request the provider received, with its parameters. */
  logouts: Array<Record<string, string>>;
  close(): Promise<void>;
};

/** FranceConnect's `sub`: 64 hex characters and "v1", stable for an email here. */
export function testSub(email: string): string {
  return `${createHash('sha256').update(email.toLowerCase()).digest('hex')}v1`;
}

type Identity = { email: string; given_name: string; family_name: string };

function privateJwk(kind: 'ec' | 'rsa', kid: string): JsonWebKey & { kid: string } {
  const { privateKey } = kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: kind === 'ec' ? 'ES256' : 'RS256' } as JsonWebKey & { kid: string };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(ctx: { req: AsyncIterable<unknown> }): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function loginPage(kind: TestProviderKind, uid: string): string {
  const title = kind === 'franceconnect' ? 'FranceConnect (test)' : 'ProConnect (test)';
  const mfa =
    kind === 'proconnect' ? '<p><input type="checkbox" id="mfa" name="mfa" value="on"><label for="mfa">Double authentification effectuée</label></p>' : '';
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label for="email">Courriel</label><input id="email" name="email" type="email" required></p>
<p><label for="given_name">Prénoms</label><input id="given_name" name="given_name" required></p>
<p><label for="family_name">Nom de naissance</label><input id="family_name" name="family_name" required></p>
${mfa}
<p><button type="submit">Se connecter au fournisseur</button></p>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit">Annuler</button></form>
</body></html>`;
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const { kind } = options;
  const keys = { ec: privateJwk('ec', `${kind}-ec`), rsa: privateJwk('rsa', `${kind}-rsa`) };
  const alg = kind === 'franceconnect' ? 'ES256' : 'RS256';
  const identities = new Map<string, Identity>();
  const logouts: Array<Record<string, string>> = [];
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const appUrl = options.appUrl.replace(/\/$/, '');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/${kind}`],
        post_logout_redirect_uris: [`${appUrl}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        id_token_signed_response_alg: alg,
        userinfo_signed_response_alg: alg,
      },
    ],
    jwks: { keys: [keys.ec, keys.rsa] as never },
    // Both test providers and the app share the host 127.0.0.1, hence its cookies: distinct names.
    cookies: {
      keys: ['cle-de-test-des-cookies-du-fournisseur'],
      names: { session: `_${kind}_session`, interaction: `_${kind}_interaction`, resume: `_${kind}_resume` },
    },
    acrValues: ['eidas1'],
    claims: {
      openid: ['sub'],
      email: ['email'],
      given_name: ['given_name'],
      family_name: ['family_name'],
      usual_name: ['usual_name'],
      uid: ['uid'],
      amr: null,
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: kind === 'proconnect' },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          logouts.push(Object.fromEntries(Object.entries(ctx.oidc.params ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
          ctx.body = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déconnexion du fournisseur</title></head><body>
<h1>Déconnexion du fournisseur</h1>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Se déconnecter du fournisseur</button></body></html>`;
        },
      },
    },
    pkce: { required: () => false },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = identities.get(sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, ...identity, ...(kind === 'proconnect' ? { usual_name: identity.family_name, uid: sub } : {}) };
        },
      };
    },
    // No consent screen: a grant with what was asked is made at once, like both services do.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId as string);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? 'openid'));
      grant.addOIDCClaims(['amr', 'email', 'given_name', 'family_name', 'usual_name', 'uid']);
      await grant.save();
      return grant;
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Erreur du fournisseur</title></head><body><h1>Erreur du fournisseur</h1><p>${escapeHtml(String(out.error))} : ${escapeHtml(String(out.error_description ?? ''))}</p></body></html>`;
    },
  });

  provider.use(async (ctx, next) => {
    // FranceConnect checks the authorize parameters against a fixed list: PKCE is refused.
    if (kind === 'franceconnect' && ctx.path === '/auth' && (ctx.query.code_challenge || ctx.query.code_challenge_method)) {
      ctx.status = 400;
      ctx.body = 'Y030007 : paramètre inconnu (code_challenge)';
      return;
    }
    const login = /^\/interaction\/([^/]+)(?:\/(login|abort))?$/.exec(ctx.path);
    if (!login) return next();
    const [, uid, step] = login;
    if (!step && ctx.method === 'GET') {
      await provider.interactionDetails(ctx.req, ctx.res);
      ctx.type = 'html';
      ctx.body = loginPage(kind, uid);
      return;
    }
    if (ctx.method !== 'POST') return next();
    const form = await readForm(ctx);
    const result =
      step === 'abort'
        ? { error: 'access_denied', error_description: 'La personne a annulé.' }
        : (() => {
            const email = (form.get('email') ?? '').trim().toLowerCase();
            const sub = testSub(email);
            identities.set(sub, { email, given_name: form.get('given_name') ?? '', family_name: form.get('family_name') ?? '' });
            const mfa = form.get('mfa') === 'on';
            return { login: { accountId: sub, acr: 'eidas1', amr: mfa ? ['pwd', 'totp', 'mfa'] : ['pwd'] } };
          })();
    await provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.respond = false;
  });

  server.on('request', provider.callback());
  return {
    issuer,
    keys,
    logouts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
