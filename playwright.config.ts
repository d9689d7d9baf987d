import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_OIDC_CLIENTS } from './e2e/support/oidc-clients';
import { CHROMIUM_ARGS, FULL_CHROMIUM, HEADLESS_SHELL } from './test/chromium';

// The product is started once, exactly as `npm start` does (built server, embedded services or
// E2E_DATABASE_URL), with its mail going to a real SMTP sink and its uploads scanned by a real
// clamd (test/clamd-server.ts). scripts/test.ts picks free ports.
const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const sinkHttpPort = Number(process.env.E2E_SINK_PORT ?? 2580);
const clamdPort = Number(process.env.E2E_CLAMD_PORT ?? 3311);
const franceConnectPort = Number(process.env.E2E_FRANCECONNECT_PORT ?? 3191);
const proConnectPort = Number(process.env.E2E_PROCONNECT_PORT ?? 3192);
const dataDir = process.env.E2E_DATA_DIR ?? '.test-data/e2e';
export const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium in two builds: the headless shell (package chromium-headless-shell), lighter
// and faster, for every journey; the whole browser for those tagged @navigateur-complet, which
// need what only it has (its PDF viewer). Without the shell, the whole browser runs everything.
const FULL_BROWSER = /@navigateur-complet/;

function chromium(executablePath: string) {
  return { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } };
}

export default defineConfig({
  testDir: 'e2e',
  // A journey takes 2–25 s on the 2-core machine (docs/decisions/021-fast-tests.md); a longer one
  // is split, not given more time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: existsSync(HEADLESS_SHELL)
    ? [
        { name: 'chromium', use: chromium(HEADLESS_SHELL), grepInvert: FULL_BROWSER },
        { name: 'chromium-complet', use: chromium(FULL_CHROMIUM), grep: FULL_BROWSER },
      ]
    : [{ name: 'chromium', use: chromium(FULL_CHROMIUM) }],
  webServer: [
    {
      command: `node --import tsx e2e/support/smtp-sink-server.ts ${smtpPort} ${sinkHttpPort}`,
      url: `http://127.0.0.1:${sinkHttpPort}/health`,
      reuseExistingServer: false,
    },
    {
      command: `node --import tsx e2e/support/clamd-test-server.ts ${clamdPort}`,
      port: clamdPort,
      reuseExistingServer: false,
    },
    {
      command: `node --import tsx e2e/support/oidc-test-server.ts ${franceConnectPort} ${proConnectPort} ${baseURL}`,
      url: `http://127.0.0.1:${proConnectPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf ${dataDir} && node --import tsx --conditions=react-server scripts/start.ts`,
      url: `${baseURL}/`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CLAMD_URL: `tcp://127.0.0.1:${clamdPort}`,
        APP_URL: baseURL,
        // Each test sends its own X-Forwarded-For, so throttling per IP is tested without one
        // test's failures blocking the others (they all come from 127.0.0.1).
        TRUST_PROXY: '1',
        // The applicant's « Historique » lists the services' consultations (e2e/dossier-access-log.spec.ts).
        DOSSIER_ACCESS_SHOWN_TO_APPLICANT: 'on',
        // FranceConnect and ProConnect: the test providers above (e2e/oidc.spec.ts).
        FRANCECONNECT_ISSUER: `http://127.0.0.1:${franceConnectPort}`,
        FRANCECONNECT_CLIENT_ID: E2E_OIDC_CLIENTS.franceconnect.clientId,
        FRANCECONNECT_CLIENT_SECRET: E2E_OIDC_CLIENTS.franceconnect.clientSecret,
        PROCONNECT_ISSUER: `http://127.0.0.1:${proConnectPort}`,
        PROCONNECT_CLIENT_ID: E2E_OIDC_CLIENTS.proconnect.clientId,
        PROCONNECT_CLIENT_SECRET: E2E_OIDC_CLIENTS.proconnect.clientSecret,
        ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      },
    },
  ],
});
