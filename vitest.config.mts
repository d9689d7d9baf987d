import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { INTEGRATION_WORKERS } from './test/integration-workers';

const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: ['**/*.integration.test.ts', '**/*.lifecycle.test.ts', 'node_modules/**', 'e2e/**', '.next/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.integration.test.ts'],
          exclude: ['node_modules/**', 'e2e/**', '.next/**'],
          environment: 'node',
          globalSetup: ['test/integration-setup.ts'],
          setupFiles: ['test/integration-worker.ts'],
          maxWorkers: INTEGRATION_WORKERS,
          // next-auth imports `next/server` without an extension, which only a bundler resolves.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'lifecycle',
          include: ['test/lifecycle/*.lifecycle.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 200_000,
        },
      },
    ],
  },
});
