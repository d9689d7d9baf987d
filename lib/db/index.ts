import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { env } from '../env';

// Created on first use (the build imports pages without a database), kept on globalThis so dev
// hot-reload does not open a pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** How long a request may wait for a connection, and a transaction for its start, before failing. */
export const POOL_WAIT_MS = 60_000;
// Prisma's default maxWait (2 s) gave « Unable to start a transaction in the given time ».
const transactionOptions = { maxWait: POOL_WAIT_MS, timeout: 15_000 };

function getClient(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL manquant : lancez le produit avec `npm start` (base embarquée) ou définissez DATABASE_URL.');
  }
  // Under a rush (100 deposits at once), requests queue for one of the 10 connections — and, on the
  // embedded PGlite, for its single session, which runs one transaction at a time: they wait their
  // turn rather than fail after a few seconds (« timeout exceeded when trying to connect »).
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: POOL_WAIT_MS });
  // For `npm run bench` only; off, no listener and no cost.
  if (env.BENCH_LOG_QUERIES === '1') {
    const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
    client.$on('query', (event) => process.stdout.write(`[bench:query] ${event.duration}ms ${event.query.replace(/\s+/g, ' ')} -- params ${event.params}\n`));
    globalForPrisma.prisma = client as unknown as PrismaClient;
  } else {
    globalForPrisma.prisma = new PrismaClient({ adapter, transactionOptions });
  }
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
