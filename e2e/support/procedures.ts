import { randomBytes, randomUUID } from 'node:crypto';
import type { DocumentDefinition, FieldDefinition } from '../../lib/procedures/field-definitions';
import { normalizeSearchText } from '../../lib/procedures/search-text';
import { sql } from './database';

// Démarches made directly in the database, for tests about what visitors see (the admin's builder
// has its own journey in procedures.spec.ts). The home page's banner is cached: a démarche made
// here reaches it only after an administrator's change (or the cache's 60 s), as in production.

export type TestProcedure = { id: string; slug: string; title: string };

export function uniqueWord(): string {
  // Letters only: a search word, unique to the test.
  return `zq${randomBytes(5)
    .toString('hex')
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`;
}

export async function insertProcedure(options: {
  title: string;
  audience?: 'ASSOCIATION' | 'PARTICULIER';
  published?: boolean;
  featured?: boolean;
  opensAt?: Date;
  closesAt?: Date | null;
  summary?: string;
  description?: string;
  /** The form; by default one text field and one document. */
  fields?: FieldDefinition[];
  documents?: DocumentDefinition[];
}): Promise<TestProcedure> {
  const id = randomUUID();
  const slug = `demarche-test-${randomBytes(5).toString('hex')}`;
  const summary = options.summary ?? 'Une démarche créée pour un test.';
  const description = options.description ?? 'Description de la démarche de test.';
  await sql(
    `INSERT INTO "Procedure" (id, slug, title, summary, description, audience, "opensAt", "closesAt", published, featured, "featuredOrder", "searchText", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, now())`,
    [
      id,
      slug,
      options.title,
      summary,
      description,
      options.audience ?? 'ASSOCIATION',
      options.opensAt ?? new Date(Date.now() - 24 * 3600 * 1000),
      options.closesAt === undefined ? new Date(Date.now() + 30 * 24 * 3600 * 1000) : options.closesAt,
      options.published ?? true,
      options.featured ?? false,
      normalizeSearchText(`${options.title} ${summary} ${description}`),
    ],
  );
  // A démarche never published has a form still being built (docs/decisions/008-procedure-versions.md).
  await sql(`INSERT INTO "ProcedureVersion" (id, "procedureId", number, fields, documents, "publishedAt") VALUES ($1, $2, 1, $3, $4, $5)`, [
    randomUUID(),
    id,
    JSON.stringify(options.fields ?? [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }]),
    JSON.stringify(options.documents ?? [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }]),
    options.published === false ? null : new Date(),
  ]);
  return { id, slug, title: options.title };
}
