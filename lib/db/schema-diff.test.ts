import { describe, expect, it } from 'vitest';
import { diffSchemas } from './schema-diff';

const base = `datasource db {\n  provider = "postgresql"\n}\nmodel Note {\n  id Int @id\n}\n`;

describe('diffSchemas (Prisma schema engine in WebAssembly)', () => {
  it('creates the tables of a new schema, then only the change, then nothing', async () => {
    const first = await diffSchemas(null, base);
    expect(first).toContain('CREATE TABLE "Note"');
    const changed = base.replace('id Int @id', 'id Int @id\n  title String?');
    const second = await diffSchemas(base, changed);
    expect(second).toMatch(/ALTER TABLE "Note" ADD COLUMN\s+"title" TEXT/);
    expect(second).not.toContain('CREATE TABLE');
    expect(await diffSchemas(changed, changed)).toMatch(/empty migration/);
  }, 60_000);
});
