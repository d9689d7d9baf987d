import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { isUniqueViolation } from '@/lib/accounts/unique-violation';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import type { ProcedureInfoInput } from '@/lib/validation/procedure';
import { assertAdmin, type Viewer } from './admin-viewer';
import { recordFlagChanges, recordProcedureAudit } from './procedure-audit';
import { procedureData, SLUG_TAKEN } from './procedure-data';
import { hasAnswerField, lockProcedure, NO_FIELD_TO_PUBLISH, readCurrentVersion } from './procedure-versions';

export const PROCEDURE_GONE = 'Cette démarche n’existe plus. Rechargez la liste des démarches.';

const AUDITED_COLUMNS = [
  'slug',
  'title',
  'summary',
  'description',
  'audience',
  'opensAt',
  'closesAt',
  'featuredOrder',
  'processingTime',
  'processingTimeUnit',
  'complementResponseDays',
  'retentionMonths',
] as const;

export async function updateProcedureInfo(viewer: Viewer, procedureId: string, input: ProcedureInfoInput, context: RequestContext): Promise<ActionResult> {
  await assertAdmin(viewer);
  const data = procedureData(input);
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockProcedure(tx, procedureId))) return fail(PROCEDURE_GONE);
      const before = await tx.procedure.findUniqueOrThrow({
        where: { id: procedureId },
        select: {
          slug: true,
          title: true,
          summary: true,
          description: true,
          audience: true,
          opensAt: true,
          closesAt: true,
          published: true,
          featured: true,
          featuredOrder: true,
          complementResponseDays: true,
          retentionMonths: true,
          processingTime: true,
          processingTimeUnit: true,
        },
      });
      const current = await readCurrentVersion(tx, procedureId);
      if (data.published && !before.published && !hasAnswerField(current.form)) return failOnField('published', NO_FIELD_TO_PUBLISH);

      await tx.procedure.update({ where: { id: procedureId }, data });
      // From its first publication on, this version may be answered: it is frozen.
      if (data.published && !current.publishedAt) {
        await tx.procedureVersion.update({ where: { id: current.id }, data: { publishedAt: new Date() } });
      }
      const changed = AUDITED_COLUMNS.filter((column) => String(before[column]) !== String(data[column]));
      const audit = { actorId: viewer.id, procedureId, ip: context.ip };
      if (changed.length) await recordProcedureAudit(tx, audit, 'update', { changed: [...changed] });
      await recordFlagChanges(tx, audit, before, data);
      return succeed();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failOnField('slug', SLUG_TAKEN);
    throw error;
  }
}
