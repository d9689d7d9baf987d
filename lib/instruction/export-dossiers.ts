import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import type { DossierStatus, Prisma } from '@/lib/generated/prisma/client';
import { fieldListSchema } from '@/lib/procedures/field-definitions';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { findProcedureForAgent, type AgentProcedureOption } from './agent-procedures';
import { dossierScope } from './agent-scope';
import type { AgentViewer } from './agent-viewer';
import { CSV_BOM, toCsvLines } from './csv';
import { answerColumns, exportHeader, exportRow, isExportableStatus } from './export-columns';

// A démarche's dossiers as a CSV file, streamed: the rows are read in keyset batches (by dossier
// number, which is unique and ordered) and each batch is written when the reader asks for more
// (ReadableStream pull = backpressure). At no time is more than one batch in memory, whatever the
// number of dossiers (the benchmark exports 50 000).

export const EXPORT_BATCH_SIZE = 500;

export type DossierExportFilter = { procedureId: string; status?: DossierStatus };

export type DossierExport = {
  procedure: AgentProcedureOption;
  status?: DossierStatus;
  header: string[];
  /** The rows, one array per batch, read lazily. */
  batches: () => AsyncGenerator<string[][], void, undefined>;
};

const exportSelect = {
  number: true,
  status: true,
  submittedAt: true,
  decidedAt: true,
  answers: true,
  applicant: { select: { firstName: true, lastName: true, email: true } },
  profile: { select: { name: true, siret: true, rna: true } },
  attachments: { where: { replacedById: null }, select: { review: true } },
} satisfies Prisma.DossierSelect;

type ExportRow = Prisma.DossierGetPayload<{ select: typeof exportSelect }>;

/**
 * The export of a démarche of the agent's scope, or null when the démarche is unknown or another
 * service's (the route answers 404 to both). Drafts are never exported, whatever the filter.
 */
export async function prepareDossierExport(
  agent: AgentViewer,
  filter: DossierExportFilter,
  options: { batchSize?: number } = {},
): Promise<DossierExport | null> {
  const procedure = await findProcedureForAgent(agent, filter.procedureId);
  if (!procedure) return null;
  if (filter.status && !isExportableStatus(filter.status)) return null;
  const versions = await db.procedureVersion.findMany({ where: { procedureId: procedure.id }, orderBy: { number: 'desc' }, select: { fields: true } });
  const columns = answerColumns(versions.map((version) => fieldListSchema.parse(version.fields)));
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const scope: Prisma.DossierWhereInput[] = [dossierScope(agent), { procedureId: procedure.id }];
  if (filter.status) scope.push({ status: filter.status });

  async function* batches() {
    let after: string | null = null;
    for (;;) {
      const rows: ExportRow[] = await db.dossier.findMany({
        where: { AND: [...scope, { number: after === null ? { not: null } : { gt: after } }] },
        orderBy: { number: 'asc' },
        take: batchSize,
        select: exportSelect,
      });
      if (rows.length === 0) return;
      yield rows.map((row) => exportRow(row, columns));
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].number;
    }
  }

  return { procedure, status: filter.status, header: exportHeader(columns), batches };
}

/** The file's bytes: BOM and header first, then one chunk per batch, read only when the client reads. */
export function dossierExportStream(dossierExport: DossierExport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = dossierExport.batches();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(CSV_BOM + toCsvLines([dossierExport.header])));
          return;
        }
        try {
          const next = await rows.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(toCsvLines(next.value)));
        } catch (error) {
          console.error(`Export des dossiers de ${dossierExport.procedure.slug} interrompu : ${error instanceof Error ? error.message : String(error)}`);
          controller.error(error);
        }
      },
      async cancel() {
        await rows.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** `dossiers-<slug>-<yyyy-mm-dd>.csv` (Paris day). */
export function exportFileName(dossierExport: Pick<DossierExport, 'procedure'>, now: Date = new Date()): string {
  return `dossiers-${dossierExport.procedure.slug}-${toParisDay(now)}.csv`;
}

/** The journal keeps who exported which démarche's dossiers, with which filter, from where. */
export async function recordDossierExport(agent: AgentViewer, dossierExport: Pick<DossierExport, 'procedure' | 'status'>, context: { ip?: string }) {
  await recordAudit(db, {
    actorId: agent.id,
    action: 'instruction.dossiers-exported',
    targetType: 'Procedure',
    targetId: dossierExport.procedure.id,
    ip: context.ip,
    details: { format: 'csv', status: dossierExport.status ?? 'tous', procedure: dossierExport.procedure.slug },
  });
}
