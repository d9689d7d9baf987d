import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';

// Pooled parameterised queries (extended protocol) racing interactive transactions: pglite-socket's
// own scheduler deadlocks here and interleaves requests (see pglite-request-queue.ts).

describe('embedded PostgreSQL (PGlite over a socket)', () => {
  let database: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    database = await startEmbeddedPostgres({ dataDir: null });
    pool = new pg.Pool({ connectionString: database.url, max: 10 });
    await pool.query('CREATE TABLE counters (k text PRIMARY KEY, n int NOT NULL)');
  });
  afterAll(async () => {
    await pool?.end();
    await database?.stop();
  });

  it('gives every connection its own answers while transactions run concurrently', async () => {
    let wrongAnswers = 0;
    const queries = Array.from({ length: 5 }, async (_, worker) => {
      for (let i = 0; i < 60; i++) {
        const key = `k${(worker * 60 + i) % 7}`;
        const result = await pool.query('INSERT INTO counters VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + 1 RETURNING k, n', [key]);
        if (result.rows[0]?.k !== key) wrongAnswers++;
      }
    });
    const transactions = Array.from({ length: 5 }, async (_, worker) => {
      for (let i = 0; i < 30; i++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const echo = await client.query('SELECT $1::int AS value', [worker * 100 + i]);
          if (echo.rows[0]?.value !== worker * 100 + i) wrongAnswers++;
          await client.query('INSERT INTO counters VALUES ($1, 0)', [`tx-${worker}-${i}`]);
          await new Promise((resolve) => setTimeout(resolve, 1));
          await client.query(i % 3 === 0 ? 'ROLLBACK' : 'COMMIT');
        } finally {
          client.release();
        }
      }
    });
    await Promise.all([...queries, ...transactions]);
    expect(wrongAnswers).toBe(0);
    const total = await pool.query("SELECT sum(n)::int AS n FROM counters WHERE k NOT LIKE 'tx-%'");
    expect(total.rows[0].n).toBe(300);
    const committed = await pool.query("SELECT count(*)::int AS n FROM counters WHERE k LIKE 'tx-%'");
    expect(committed.rows[0].n).toBe(5 * 20);
  }, 30_000);

  it('rolls back the transaction of a connection that disappears, and serves the others', async () => {
    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => {}); // the socket we destroy below
    await client.connect();
    await client.query('BEGIN');
    await client.query("INSERT INTO counters VALUES ('abandoned', 1)");
    const waiting = pool.query("SELECT count(*)::int AS n FROM counters WHERE k = 'abandoned'");
    // Kill the socket without COMMIT or ROLLBACK.
    (client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    const result = await waiting;
    expect(result.rows[0].n).toBe(0);
  }, 30_000);
});
