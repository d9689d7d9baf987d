import 'server-only';
import pg from 'pg';
import { env } from '@/lib/env';

// Its own pool, not Prisma's: rate-limiter-flexible speaks node-postgres.

export type RateLimitStore = { query: (query: { text: string; values?: unknown[] }) => Promise<unknown> };

/** Drops the statement names: named statements collide in pglite-socket's one shared session (decision 001). */
export function createRateLimitStore(pool: pg.Pool): RateLimitStore {
  return { query: (query) => pool.query({ text: query.text, values: query.values }) };
}

const globalForStore = globalThis as unknown as { rateLimitPool?: pg.Pool };

function createPool(): pg.Pool {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL manquant : le limiteur de tentatives a besoin de la base.');
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('[rate-limit] connexion perdue :', error.message));
  return pool;
}

export function getRateLimitStore(): RateLimitStore {
  globalForStore.rateLimitPool ??= createPool();
  return createRateLimitStore(globalForStore.rateLimitPool);
}
