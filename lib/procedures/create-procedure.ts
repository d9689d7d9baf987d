import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { isUniqueViolation } from '@/lib/accounts/unique-violation';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import type { ProcedureInfoInput } from '@/lib/validation/procedure';
import { assertAdmin, type Viewer } from './admin-viewer';
import type { ProcedureForm } from './field-definitions';
import { recordFlagChanges, recordProcedureAudit } from './procedure-audit';
import { procedureData, SLUG_TAKEN } from './procedure-data';
import { formToJson, hasAnswerField, NO_FIELD_TO_PUBLISH } from './procedure-versions';

const EMPTY_FORM: ProcedureForm = { fields: [], documents: [] };

/** Published at once only if its first form asks something (empty from the back-office, whole from the seed). */
export async function createProcedure(
  viewer: Viewer,
  input: ProcedureInfoInput,
  context: RequestContext,
  form: ProcedureForm = EMPTY_FORM,
): Promise<ActionResult<{ id: string }>> {
  await assertAdmin(viewer);
  if (input.published && !hasAnswerField(form)) return failOnField('published', NO_FIELD_TO_PUBLISH);
  const data = procedureData(input);
  try {
    const id = await db.$transaction(async (tx) => {
      const procedure = await tx.procedure.create({ data, select: { id: true } });
      await tx.procedureVersion.create({
        data: { procedureId: procedure.id, number: 1, ...formToJson(form), publishedAt: input.published ? new Date() : null, createdById: viewer.id },
      });
      const audit = { actorId: viewer.id, procedureId: procedure.id, ip: context.ip };
      await recordProcedureAudit(tx, audit, 'create', { slug: data.slug, title: data.title, fields: form.fields.length, documents: form.documents.length });
      await recordFlagChanges(tx, audit, { published: false, featured: false, featuredOrder: 1 }, data);
      return procedure.id;
    });
    return succeed({ id });
  } catch (error) {
    if (isUniqueViolation(error)) return failOnField('slug', SLUG_TAKEN);
    throw error;
  }
}
