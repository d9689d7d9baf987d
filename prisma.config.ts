import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` (see docs/decisions/002-offline-migrations.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
