import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { env } from '../env';

// Created on first use (the build imports pages without a database), kept on globalThis so dev
// hot-reload does not open a pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL manquant : lancez le produit avec `npm start` (base embarquée) ou définissez DATABASE_URL.');
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000 });
  // For `npm run bench` only; off, no listener and no cost.
  if (env.BENCH_LOG_QUERIES === '1') {
    const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
    client.$on('query', (event) => process.stdout.write(`[bench:query] ${event.duration}ms ${event.query.replace(/\s+/g, ' ')} -- params ${event.params}\n`));
    globalForPrisma.prisma = client as unknown as PrismaClient;
  } else {
    globalForPrisma.prisma = new PrismaClient({ adapter });
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
