import { env } from '@/lib/env';
import { oidcSettings } from '@/lib/auth/oidc/settings';

// The providers' own buttons, shown only when the provider is configured. Links, not forms: the
// CSP's form-action 'self' would stop a form redirected to the provider; starting a sign-in
// changes nothing here (the state and nonce cookie is only read by the callback).

export function FranceConnectButton() {
  if (!oidcSettings(env, 'franceconnect')) return null;
  return (
    <div className="oidc-button">
      <a className="btn-franceconnect" href="/api/auth/oidc/franceconnect">
        S’identifier avec FranceConnect
      </a>
      <p>
        <a href="https://franceconnect.gouv.fr/" target="_blank" rel="noopener noreferrer" title="Qu’est-ce que FranceConnect ? - nouvelle fenêtre">
          Qu’est-ce que FranceConnect ?
        </a>
      </p>
    </div>
  );
}

export function ProConnectButton() {
  if (!oidcSettings(env, 'proconnect')) return null;
  return (
    <div className="oidc-button">
      <a className="btn-proconnect" href="/api/auth/oidc/proconnect">
        S’identifier avec ProConnect
      </a>
      <p>
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer" title="Qu’est-ce que ProConnect ? - nouvelle fenêtre">
          Qu’est-ce que ProConnect ?
        </a>
      </p>
    </div>
  );
}

export function hasOidcProvider(): boolean {
  return oidcSettings(env, 'franceconnect') !== null || oidcSettings(env, 'proconnect') !== null;
}
