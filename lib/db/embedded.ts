import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { serialiseByRequest } from './pglite-request-queue';

// Served over TCP so the app uses the same driver as with a real PostgreSQL; never on port 5432,
// which a real server may hold.

/**
 * PGlite touches all of its shared buffers when it starts: PostgreSQL's 128 MB default is 128 MB of
 * resident memory, whatever the size of the data. 32 MB holds the working set of a département's
 * embedded instance; a page not in it is read from DATA_DIR through the system's own file cache
 * (docs/decisions/032-throttled-actions-worker-memory.md, « Mémoire »).
 */
const SHARED_BUFFERS = '32MB';
const START_PARAMS = [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`];

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

export async function startEmbeddedPostgres({ dataDir }: { dataDir: string | null }): Promise<EmbeddedPostgres> {
  const db = new PGlite({ ...(dataDir ? { dataDir } : {}), startParams: START_PARAMS });
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  serialiseByRequest(server);
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  let stopped = false;
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
