import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageConfig } from '@/lib/storage/s3-driver';

// s3rver, since Debian's apt has no MinIO or Garage. `interrupt()` also cuts the open keep-alive
// connections: a plain close would keep serving them until the clients let go.

export type RunningS3rver = {
  config: S3StorageConfig;
  directory: string;
  interrupt: () => Promise<void>;
  restore: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startS3rver(bucket = 'guichet-test'): Promise<RunningS3rver> {
  const directory = await mkdtemp(path.join(tmpdir(), 'guichet-s3rver-'));
  const create = (port: number) => new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: [{ name: bucket }] });
  let server: S3rver | null = create(0);
  const { port } = await server.run();
  return {
    config: {
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
    directory,
    interrupt: async () => {
      const closing = server?.close();
      server?.httpServer?.closeAllConnections();
      await closing;
      server = null;
    },
    restore: async () => {
      if (server) return;
      const restored = create(port);
      await restored.run();
      server = restored;
    },
    stop: async () => {
      await server?.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
