import type { DocumentDefinition, FieldDefinition } from '../../lib/procedures/field-definitions';
import { createProcedure, uniqueWord } from '../../test/factories/procedures';
import { testDb } from './database';

// Démarches made directly in the database, for tests about what visitors see (the admin's builder
// has its own journey in procedures.spec.ts). Public pages are cached: a démarche made here
// reaches them within seconds (each instance watches the démarches in the database), as in production.

export type TestProcedure = { id: string; slug: string; title: string };

export { uniqueWord };

export async function insertProcedure(options: {
  title: string;
  audience?: 'ASSOCIATION' | 'PARTICULIER';
  published?: boolean;
  featured?: boolean;
  opensAt?: Date;
  closesAt?: Date | null;
  summary?: string;
  description?: string;
  /** The indicative processing time; none stated by default. */
  processingTime?: number;
  processingTimeUnit?: 'DAYS' | 'WEEKS' | 'MONTHS';
  /** The form; by default one text field and one document. */
  fields?: FieldDefinition[];
  documents?: DocumentDefinition[];
}): Promise<TestProcedure> {
  const { id, slug, title } = await createProcedure(testDb(), options);
  return { id, slug, title };
}
