// Types of public-cache-handler.mjs (plain JavaScript, imported by Next.js as it is).

export declare const PUBLIC_PROCEDURES_TAG: 'public-procedures';
export declare const FINGERPRINT_SQL: string;

export declare class TaggedMemoryStore {
  constructor(options: { maxBytes: number; now?: () => number });
  bytes: number;
  get(key: string, extraTags?: string[]): { value: unknown; lastModified: number } | null;
  set(key: string, value: unknown, tags?: string[]): void;
  delete(key: string): void;
  expire(tags: string[]): void;
}

export declare class ProcedureChangeWatcher {
  constructor(options: { connectionString: string; intervalMs: number; onChange: () => void });
  start(): void;
  poll(): Promise<void>;
  stop(): Promise<void>;
}

export default class PublicCacheHandler {
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
