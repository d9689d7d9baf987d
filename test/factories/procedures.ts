import { randomBytes } from 'node:crypto';
import type { ProcedureAudience, ProcessingTimeUnit, Prisma } from '../../lib/generated/prisma/client';
import type { DocumentDefinition, FieldDefinition } from '../../lib/procedures/field-definitions';
import { descriptionToPlainText } from '../../lib/procedures/description';
import { normalizeSearchText } from '../../lib/procedures/search-text';
import type { FactoryDb } from './database';

// Démarches and version 1 of their form, written as lib/procedures/create-procedure.ts writes
// them (search index included), for the seed's demo and the tests about what visitors, applicants
// and agents see (the admin's builder has its own tests). A démarche never published has a form
// still being built (docs/decisions/008-procedure-versions.md).

const DAY = 24 * 3600 * 1000;

export function uniqueWord(): string {
  // Letters only: a search word, unique to the test.
  return `zq${randomBytes(5)
    .toString('hex')
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`;
}

export type ProcedureOptions = {
  title: string;
  slug?: string;
  summary?: string;
  description?: string;
  audience?: ProcedureAudience;
  opensAt?: Date;
  /** null: no closing date. */
  closesAt?: Date | null;
  published?: boolean;
  featured?: boolean;
  featuredOrder?: number;
  /** The indicative processing time (« 2 mois »); none stated by default. */
  processingTime?: number | null;
  processingTimeUnit?: ProcessingTimeUnit | null;
  /** The form; by default one text field and one document. */
  fields?: FieldDefinition[];
  documents?: DocumentDefinition[];
  /** The administrator who made the form. */
  createdById?: string;
};

export async function createProcedure(db: FactoryDb, options: ProcedureOptions) {
  const summary = options.summary ?? 'Une démarche créée pour un test.';
  const description = options.description ?? 'Description de la démarche de test.';
  const published = options.published ?? true;
  const fields = options.fields ?? [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }];
  const documents = options.documents ?? [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }];
  const procedure = await db.procedure.create({
    data: {
      slug: options.slug ?? `demarche-test-${randomBytes(5).toString('hex')}`,
      title: options.title,
      summary,
      description,
      audience: options.audience ?? 'ASSOCIATION',
      opensAt: options.opensAt ?? new Date(Date.now() - DAY),
      closesAt: options.closesAt === undefined ? new Date(Date.now() + 30 * DAY) : options.closesAt,
      published,
      featured: options.featured ?? false,
      featuredOrder: options.featuredOrder ?? 1,
      processingTime: options.processingTime ?? null,
      processingTimeUnit: options.processingTimeUnit ?? null,
      searchText: normalizeSearchText(`${options.title} ${summary} ${descriptionToPlainText(description)}`),
      versions: {
        create: {
          number: 1,
          fields: fields as Prisma.InputJsonValue,
          documents: documents as Prisma.InputJsonValue,
          publishedAt: published ? new Date() : null,
          createdById: options.createdById,
        },
      },
    },
    select: { id: true, slug: true, title: true, versions: { select: { id: true } } },
  });
  return { id: procedure.id, slug: procedure.slug, title: procedure.title, versionId: procedure.versions[0].id };
}

/** The démarches an instructeur instructs (they see only those dossiers). */
export async function assignInstructor(db: FactoryDb, userId: string, procedureIds: string[]): Promise<void> {
  await db.procedureInstructor.createMany({ data: procedureIds.map((procedureId) => ({ procedureId, userId })) });
}
