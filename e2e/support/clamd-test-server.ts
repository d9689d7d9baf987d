import { startClamd } from '../../test/clamd-server';

// Playwright's webServer entry for the antivirus: a test clamd on the given port, until stopped.
const port = Number(process.argv[2] ?? 3310);
void startClamd(port).then((clamd) => {
  const shutdown = () => void clamd.remove().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  console.log(`clamd de test : ${clamd.url}`);
});
