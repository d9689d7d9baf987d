import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { documentListSchema, fieldListSchema, isAnswerField, type ProcedureForm } from './field-definitions';

// The versions of a démarche's form (docs/decisions/008-procedure-versions.md): the current form
// is the version with the highest number. A version that has been public (publishedAt set) is
// frozen: changing the form then writes a new version, so that a dossier filed with an older
// version keeps exactly the form it answered.

export type CurrentVersion = { id: string; number: number; publishedAt: Date | null; form: ProcedureForm };

/** Parses stored JSON with the definitions' schemas: a malformed row fails loudly, here. */
export function parseProcedureForm(version: { fields: Prisma.JsonValue; documents: Prisma.JsonValue }): ProcedureForm {
  return { fields: fieldListSchema.parse(version.fields), documents: documentListSchema.parse(version.documents) };
}

export function hasAnswerField(form: ProcedureForm): boolean {
  return form.fields.some(isAnswerField);
}

export const NO_FIELD_TO_PUBLISH = 'Ajoutez au moins un champ au formulaire avant de publier la démarche';

/** Validated again before writing; JSON has no `undefined`: optional options are left out. */
export function formToJson(form: ProcedureForm): { fields: Prisma.InputJsonValue; documents: Prisma.InputJsonValue } {
  const checked = { fields: fieldListSchema.parse(form.fields), documents: documentListSchema.parse(form.documents) };
  return JSON.parse(JSON.stringify(checked)) as { fields: Prisma.InputJsonValue; documents: Prisma.InputJsonValue };
}

/**
 * Serialises the changes of one démarche: two administrators editing its form at once would
 * otherwise both read version n and one change would be lost. False if the démarche is gone.
 */
export async function lockProcedure(tx: Tx, procedureId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Procedure" WHERE id = ${procedureId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

export async function readCurrentVersion(tx: Tx, procedureId: string): Promise<CurrentVersion> {
  const version = await tx.procedureVersion.findFirstOrThrow({
    where: { procedureId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, publishedAt: true, fields: true, documents: true },
  });
  return { id: version.id, number: version.number, publishedAt: version.publishedAt, form: parseProcedureForm(version) };
}

/** Every id used by any version: a new field never takes the key of an older one's answers. */
export async function readUsedItemIds(tx: Tx, procedureId: string): Promise<Set<string>> {
  const versions = await tx.procedureVersion.findMany({ where: { procedureId }, select: { fields: true, documents: true } });
  const ids = new Set<string>();
  for (const version of versions) {
    const form = parseProcedureForm(version);
    for (const item of [...form.fields, ...form.documents]) ids.add(item.id);
  }
  return ids;
}

/** In place while the current version has never been public, else a new version. Returns its number, or null when in place. */
export async function saveProcedureForm(
  tx: Tx,
  {
    procedureId,
    current,
    form,
    published,
    authorId,
  }: { procedureId: string; current: CurrentVersion; form: ProcedureForm; published: boolean; authorId: string },
): Promise<number | null> {
  const data = formToJson(form);
  if (!current.publishedAt) {
    await tx.procedureVersion.update({ where: { id: current.id }, data });
    return null;
  }
  const number = current.number + 1;
  await tx.procedureVersion.create({
    data: { procedureId, number, ...data, publishedAt: published ? new Date() : null, createdById: authorId },
  });
  return number;
}
