import type { Readable } from 'node:stream';

// The one interface behind which files are kept (docs/decisions/010-file-storage-and-checks.md).
// Bodies are streams both ways: a file is never held whole in memory.

export type PutOptions = {
  contentType: string;
  /** When given, a body of any other length is refused and nothing is kept under the key. */
  size?: number;
};

export type ObjectInfo = { size: number };

export type ListedObject = { key: string; lastModified: Date };

export interface StorageDriver {
  readonly kind: 'fs' | 's3';
  /** Writes all of `body` under `key`, or nothing: a failed put never leaves a partial object. */
  put(key: string, body: Readable, options: PutOptions): Promise<void>;
  /** The object's bytes; throws StorageNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Null when there is no object under `key`. */
  head(key: string): Promise<ObjectInfo | null>;
  /** Idempotent: deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Objects whose key starts with `prefix`, optionally only those last modified before `olderThan`. */
  list(prefix: string, olderThan?: Date): AsyncIterable<ListedObject>;
}
