import 'server-only';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, opendir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StorageNotFoundError } from './errors';
import { assertValidKey, assertValidPrefix } from './keys';
import { createSizeGuard } from './size-guard';
import type { ListedObject, ObjectInfo, PutOptions, StorageDriver } from './types';

// The embedded driver: one file per key under `root` (DATA_DIR/files). A put writes a hidden
// `.part` file beside the final one and renames it when complete and flushed: rename is atomic
// on one file system, so a reader or a crash never sees half a file under a key.

const PART_PREFIX = '.';

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

export function createFsDriver(root: string): StorageDriver {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    assertValidKey(key);
    const file = path.join(base, ...key.split('/'));
    // The key syntax already forbids it; this keeps the guarantee if that syntax ever loosens.
    if (!file.startsWith(base + path.sep)) throw new Error('Chemin hors du dossier de stockage');
    return file;
  }

  async function* walk(dir: string, relative: string): AsyncGenerator<{ key: string; file: string }> {
    let handle: Awaited<ReturnType<typeof opendir>>;
    try {
      handle = await opendir(dir);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith(PART_PREFIX)) continue;
      const key = relative ? `${relative}/${entry.name}` : entry.name;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(file, key);
      else if (entry.isFile()) yield { key, file };
    }
  }

  return {
    kind: 'fs',

    async put(key: string, body: Readable, options: PutOptions): Promise<void> {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const part = path.join(path.dirname(file), `${PART_PREFIX}${path.basename(file)}.${randomBytes(6).toString('hex')}.part`);
      try {
        await pipeline(body, createSizeGuard(options.size), createWriteStream(part, { flags: 'wx', mode: 0o600, flush: true }));
        await rename(part, file);
      } catch (error) {
        await rm(part, { force: true });
        throw error;
      }
    },

    async get(key: string): Promise<Readable> {
      const file = pathOf(key);
      // Open first, so that a missing file is a typed error here and not a stream error later.
      try {
        const handle = await open(file, 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isNotFound(error)) throw new StorageNotFoundError(key);
        throw error;
      }
    },

    async head(key: string): Promise<ObjectInfo | null> {
      try {
        const info = await stat(pathOf(key));
        return info.isFile() ? { size: info.size } : null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
    },

    async *list(prefix: string, olderThan?: Date): AsyncIterable<ListedObject> {
      assertValidPrefix(prefix);
      // Start from the deepest directory the prefix names, as S3 would only read that range.
      const directory = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix.split('/').slice(0, -1).join('/');
      const start = directory ? path.join(base, ...directory.split('/')) : base;
      for await (const { key, file } of walk(start, directory)) {
        if (!key.startsWith(prefix)) continue;
        let lastModified: Date;
        try {
          lastModified = (await stat(file)).mtime;
        } catch (error) {
          if (isNotFound(error)) continue; // deleted while we listed
          throw error;
        }
        if (olderThan === undefined || lastModified < olderThan) yield { key, lastModified };
      }
    },
  };
}
