import type { Prisma } from '../../lib/generated/prisma/client';

// What a factory writes with, always its first argument: the app's client or one of its
// transactions (integration tests, the demo seed), or the e2e support's own client connected to
// the e2e server's database. Factories never import lib/db nor a server-only module, so that
// Playwright and the seed can load them.
export type FactoryDb = Prisma.TransactionClient;
