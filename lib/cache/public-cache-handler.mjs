// Next.js's cache for rendered pages and unstable_cache data (`cacheHandler` in next.config.ts),
// in memory, bounded, and told by the database when a démarche changed, whichever web instance
// changed it (docs/decisions/025-public-pages-cache.md). Plain JavaScript: Next.js imports this
// file as it is, without bundling it.
import pg from 'pg';

/** The tag of everything the public pages read (lib/procedures/public-procedures-tag.ts). */
export const PUBLIC_PROCEDURES_TAG = 'public-procedures';
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * Everything an administrator can change on a démarche that public pages show: the démarches
 * (Prisma sets updatedAt on each change, count catches a deletion) and their forms' versions
 * (count catches a new one, the digest of the documents an edit of a draft). A few hundred rows.
 */
export const FINGERPRINT_SQL = `SELECT concat_ws(':',
  (SELECT count(*) FROM "Procedure"),
  (SELECT max("updatedAt") FROM "Procedure"),
  (SELECT count(*) FROM "ProcedureVersion"),
  (SELECT md5(coalesce(string_agg(id::text || md5(documents::text), ',' ORDER BY id), '')) FROM "ProcedureVersion")
) AS fingerprint`;

/** Rough size of an entry, as Next.js's own memory cache counts it. */
function sizeOf(key, value) {
  if (!value) return key.length + 25;
  let size = 0;
  if (typeof value.html === 'string') size += value.html.length;
  if (value.rscData) size += value.rscData.length;
  if (value.segmentData) for (const [segment, buffer] of value.segmentData) size += segment.length + (buffer?.length ?? 0);
  if (value.body) size += value.body.length;
  if (value.kind === 'FETCH') size += JSON.stringify(value.data ?? '').length;
  return key.length + Math.max(size, 25);
}

/** The tags given when stored, those of unstable_cache data, and those of a page (its header). */
function tagsOf(value, given) {
  const tags = [...given, ...(Array.isArray(value?.tags) ? value.tags : [])];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') tags.push(...header.split(','));
  return [...new Set(tags)];
}

/** A least-recently-used store bounded in bytes, whose entries expire with their tags. */
export class TaggedMemoryStore {
  /** @param {{ maxBytes: number, now?: () => number }} options */
  constructor({ maxBytes, now = Date.now }) {
    this.maxBytes = maxBytes;
    this.now = now;
    /** @type {Map<string, { value: unknown, lastModified: number, tags: string[], size: number }>} */
    this.entries = new Map();
    /** @type {Map<string, number>} tag → when it last expired */
    this.expiredAt = new Map();
    this.bytes = 0;
  }

  get(key, extraTags = []) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    for (const tag of [...entry.tags, ...extraTags]) {
      if ((this.expiredAt.get(tag) ?? Number.NEGATIVE_INFINITY) >= entry.lastModified) {
        this.delete(key);
        return null;
      }
    }
    // Most recently used last: eviction takes the first ones.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  set(key, value, tags = []) {
    this.delete(key);
    const entry = { value, lastModified: this.now(), tags: tagsOf(value, tags), size: sizeOf(key, value) };
    if (entry.size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** Entries carrying one of `tags`, stored until now, are gone. */
  expire(tags) {
    const at = this.now();
    for (const tag of tags) this.expiredAt.set(tag, at);
  }
}

/**
 * Reads the démarches' fingerprint every `intervalMs` and calls `onChange` when it differs from the
 * last one, at the first reading (pages rendered before it may predate a change) and at the
 * reading after a change (a render started just before the change may have stored old data
 * after it).
 */
export class ProcedureChangeWatcher {
  /** @param {{ connectionString: string, intervalMs: number, onChange: () => void }} options */
  constructor({ connectionString, intervalMs, onChange }) {
    this.pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
    // An unreachable database is reported by the pages themselves; here, only retried.
    this.pool.on('error', () => undefined);
    this.intervalMs = intervalMs;
    this.onChange = onChange;
    this.fingerprint = undefined;
    this.changedLastTime = false;
    this.timer = null;
    this.failing = false;
  }

  start() {
    if (this.timer) return;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  async poll() {
    let fingerprint;
    try {
      fingerprint = (await this.pool.query(FINGERPRINT_SQL)).rows[0]?.fingerprint;
      this.failing = false;
    } catch (error) {
      if (!this.failing) console.error(`Cache des pages publiques : lecture des démarches impossible (${error.message}), nouvel essai.`);
      this.failing = true;
      return;
    }
    const changed = fingerprint !== this.fingerprint;
    if (changed || this.changedLastTime) this.onChange();
    this.changedLastTime = changed;
    this.fingerprint = fingerprint;
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pool.end();
  }
}

/** A positive number from the environment, or the default (a typo must not poll every millisecond). */
function positive(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

const MAX_BYTES = positive(process.env.PUBLIC_CACHE_MAX_MB, 32) * 1024 * 1024;
const POLL_MS = Math.max(500, positive(process.env.PUBLIC_CACHE_POLL_MS, 2_000));

// One store and one watcher per process: Next.js builds a handler for each request.
const shared = globalThis;
shared.__guichetPageCache ??= { store: new TaggedMemoryStore({ maxBytes: MAX_BYTES }), watcher: null };
const cache = shared.__guichetPageCache;

function watchDatabase() {
  if (cache.watcher || !process.env.DATABASE_URL || process.env.NEXT_PHASE === 'phase-production-build') return;
  cache.watcher = new ProcedureChangeWatcher({
    connectionString: process.env.DATABASE_URL,
    intervalMs: POLL_MS,
    onChange: () => cache.store.expire([PUBLIC_PROCEDURES_TAG]),
  });
  cache.watcher.start();
}

export default class PublicCacheHandler {
  constructor() {
    watchDatabase();
  }

  async get(key, ctx) {
    return cache.store.get(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
  }

  async set(key, data, ctx) {
    cache.store.set(key, data, ctx?.tags ?? []);
  }

  async revalidateTag(tags) {
    cache.store.expire(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}
