import { startTestProvider } from '../../test/oidc/test-provider';
import { E2E_OIDC_CLIENTS } from './oidc-clients';

// Playwright's webServer entry for FranceConnect and ProConnect: two real OpenID providers
// (test/oidc/test-provider.ts) on the given ports, registered for the app at `appUrl`.
const [fcPort, pcPort, appUrl] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];

if (fcPort && pcPort && appUrl) {
  void Promise.all([
    startTestProvider({ kind: 'franceconnect', port: fcPort, appUrl, ...E2E_OIDC_CLIENTS.franceconnect }),
    startTestProvider({ kind: 'proconnect', port: pcPort, appUrl, ...E2E_OIDC_CLIENTS.proconnect }),
  ]).then((providers) => {
    const shutdown = () => void Promise.all(providers.map((p) => p.close())).finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
    console.log(`fournisseurs OpenID de test : ${providers.map((p) => p.issuer).join(', ')}`);
  });
}
