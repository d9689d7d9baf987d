import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { startEmbeddedPostgres } from './embedded';

// Prisma's schema engine compiled to WebAssembly (the CLI's native engine cannot be downloaded
// here). It is an internal API: this file is its only user, tested by lib/db/schema-diff.test.ts.

let ready: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': engineModule as unknown as WebAssembly.ModuleImports,
    });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return ready;
}

/** SQL that turns a database shaped like `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  await loadWasm();
  // The engine connects even for a pure datamodel diff: give it a throwaway in-memory database.
  const scratch = await startEmbeddedPostgres({ dataDir: null });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: scratch.url }));
  const file = (content: string) => ({ files: [{ path: 'schema.prisma', content }] });
  const engine = await engineModule.SchemaEngine.new({ datamodels: [['schema.prisma', toSchema]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', ...file(fromSchema) },
      to: { tag: 'schemaDatamodel', ...file(toSchema) },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? '').trim();
  } finally {
    engine.free();
    await scratch.stop();
  }
}
