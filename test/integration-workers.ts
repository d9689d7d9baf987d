import { availableParallelism } from 'node:os';

/** How many integration test files run at once, each worker on its own database. */
export const INTEGRATION_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
