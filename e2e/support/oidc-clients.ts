// The clients the test providers register for the app (playwright.config.ts, oidc-test-server.ts).
export const E2E_OIDC_CLIENTS = {
  franceconnect: { clientId: 'guichet-e2e-fc', clientSecret: 'secret-e2e-franceconnect' },
  proconnect: { clientId: 'guichet-e2e-pc', clientSecret: 'secret-e2e-proconnect' },
} as const;
