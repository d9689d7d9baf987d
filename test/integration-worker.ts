import { inject } from 'vitest';

// Runs in each integration worker before its test files import anything: the worker's own
// database (test/integration-setup.ts) and its own data directory for stored files.
const urls = inject('databaseUrls');
const worker = (Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length;
process.env.DATABASE_URL = urls[worker];
process.env.DATA_DIR ??= `.test-data/integration-${worker + 1}`;
