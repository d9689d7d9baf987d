import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// pglite-socket 0.2.17's scheduler can interleave one connection's extended-protocol request
// (Parse, Bind, Execute, Sync) with another's, and deadlocks under concurrent transactions. Here a
// connection owns the session from its first message until the session is idle again (after Sync
// or a simple Query, outside a transaction); the others wait their turn, in arrival order.

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

type QueueInternals = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** A message that ends a request: Sync, a simple Query, Terminate, or the startup packet (no type byte). */
function endsRequest(message: Uint8Array): boolean {
  const type = message[0];
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

export function serialiseByRequest(server: PGLiteSocketServer): void {
  const internals = (server as unknown as { queryQueue: QueueInternals }).queryQueue;
  if (!internals || !Array.isArray(internals.queue)) {
    throw new Error('pglite-socket a changé : revoir lib/db/pglite-request-queue.ts avant de mettre à jour.');
  }
  let owner: number | null = null;

  internals.processQueue = async function processQueue(this: QueueInternals) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) return; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = this.db.isInTransaction() ? item.handlerId : null;
          item.reject(error);
          continue;
        }
        owner = this.db.isInTransaction() || !endsRequest(item.message) ? item.handlerId : null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(internals);

  // A connection that goes away mid-request or mid-transaction must not hold the session.
  internals.clearTransactionIfNeeded = async function clearTransactionIfNeeded(this: QueueInternals, handlerId: number) {
    if (owner !== handlerId) return;
    owner = null;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    await this.processQueue();
  }.bind(internals);
}
