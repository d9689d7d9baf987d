import { env } from '@/lib/env';
import { oidcSettings } from '@/lib/auth/oidc/settings';

// The providers' own buttons, shown only when the provider is configured. Links, not forms: the
// CSP's form-action 'self' would stop a form redirected to the provider; starting a sign-in
// changes nothing here (the state and nonce cookie is only read by the callback).

const PROVIDERS = {
  franceconnect: { name: 'FranceConnect', className: 'btn-franceconnect', about: 'https://franceconnect.gouv.fr/' },
  proconnect: { name: 'ProConnect', className: 'btn-proconnect', about: 'https://www.proconnect.gouv.fr/' },
} as const;

export function OidcButton({ provider }: { provider: keyof typeof PROVIDERS }) {
  if (!oidcSettings(env, provider)) return null;
  const { name, className, about } = PROVIDERS[provider];
  return (
    <div className="oidc-button">
      <a className={className} href={`/api/auth/oidc/${provider}`}>
        S’identifier avec {name}
      </a>
      <p>
        <a href={about} target="_blank" rel="noopener noreferrer" title={`Qu’est-ce que ${name} ? - nouvelle fenêtre`}>
          Qu’est-ce que {name} ?
        </a>
      </p>
    </div>
  );
}

export function hasOidcProvider(): boolean {
  return oidcSettings(env, 'franceconnect') !== null || oidcSettings(env, 'proconnect') !== null;
}
