import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from './parse-form';

// Whatever a hand-made post holds, every form schema answers with its data or a French refusal:
// it never throws, which would be a 500.
const VALIDATION_DIR = path.join(import.meta.dirname, '../validation');

async function formSchemas(): Promise<[string, z.ZodType][]> {
  const files = readdirSync(VALIDATION_DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const modules = await Promise.all(files.map(async (file) => [file, await import(path.join(VALIDATION_DIR, file))] as const));
  return modules.flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) => {
      if (value instanceof z.ZodType) return [[`${file} › ${name}`, value] as [string, z.ZodType]];
      // Schemas grouped in an object (e.g. one per instruction action).
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return Object.entries(value).flatMap(([key, inner]) =>
          inner instanceof z.ZodType ? [[`${file} › ${name}.${key}`, inner] as [string, z.ZodType]] : [],
        );
      }
      return [];
    }),
  );
}

function fieldNames(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '%E0%A4%A', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '1e308', '-0', 'NaN', 'x'.repeat(10_000)),
  fc.uuid().map(String),
);

describe('parseForm on every form schema (fuzz)', () => {
  it('returns the data or a refusal, never throws, whatever the fields hold', { timeout: 30_000 }, async () => {
    const schemas = await formSchemas();
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, schema] of schemas) {
      const names = [...fieldNames(schema), 'id', 'dossierId', 'fichier', '__proto__', 'constructor'];
      const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string()), hostileText), { maxLength: 12 });
      fc.assert(
        fc.property(entries, (pairs) => {
          const formData = new FormData();
          for (const [field, value] of pairs) formData.append(field, value);
          const parsed = parseForm(schema, formData);
          if (!parsed.success) expect(parsed.failure.message, name).toMatch(/\S/);
        }),
        { numRuns: 40 },
      );
    }
  });
});
