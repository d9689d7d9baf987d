import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { Prisma, type DossierStatus } from '@/lib/generated/prisma/client';
import { fieldListSchema } from '@/lib/procedures/field-definitions';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { findProcedureForAgent, type AgentProcedureOption } from './agent-procedures';
import { dossierScopeJoin } from './agent-scope-sql';
import type { AgentViewer } from './agent-viewer';
import { CSV_BOM, toCsvLines } from './csv';
import { answerColumns, exportHeader, exportRow, isExportableStatus, type ExportedDossier } from './export-columns';

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
  batches: () => AsyncGenerator<string[][], void, undefined>;
};

type BatchRow = Omit<ExportedDossier, 'applicant' | 'profile' | 'attachments'> & {
  firstName: string;
  lastName: string;
  email: string;
  profileName: string | null;
  siret: string | null;
  rna: string | null;
  total: number;
  validated: number;
  rejected: number;
  pending: number;
};

function toExportedDossier(row: BatchRow): ExportedDossier {
  return {
    number: row.number,
    status: row.status,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    answers: row.answers,
    applicant: { firstName: row.firstName, lastName: row.lastName, email: row.email },
    profile: row.profileName === null ? null : { name: row.profileName, siret: row.siret, rna: row.rna },
    attachments: { total: row.total, validated: row.validated, rejected: row.rejected, pending: row.pending },
  };
}

/** Null for an unknown or another service's démarche (404 for both). Drafts are never exported. */
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
  // One flat query a batch (no per-relation queries, counts done by PostgreSQL): less to allocate
  // per row, which is what keeps a 50 000-row export's memory flat. The démarche is already known
  // to be in the agent's scope; the scope join stays as a second lock (agent-scope-sql.ts).
  const procedureId = procedure.id;
  const onStatus = filter.status ? Prisma.sql`AND d.status = ${filter.status}::"DossierStatus"` : Prisma.empty;
  const current = Prisma.sql`a."dossierId" = d.id AND a."replacedById" IS NULL`;

  async function* batches() {
    let after: string | null = null;
    for (;;) {
      const rows: BatchRow[] = await db.$queryRaw<BatchRow[]>`
        SELECT d.number, d.status, d."submittedAt", d."decidedAt", d.answers,
          u."firstName", u."lastName", u.email, p.name AS "profileName", p.siret, p.rna,
          (SELECT count(*)::int FROM "Attachment" a WHERE ${current}) AS total,
          (SELECT count(*)::int FROM "Attachment" a WHERE ${current} AND a.review = 'VALIDE') AS validated,
          (SELECT count(*)::int FROM "Attachment" a WHERE ${current} AND a.review = 'REJETE') AS rejected,
          (SELECT count(*)::int FROM "Attachment" a WHERE ${current} AND a.review = 'EN_ATTENTE') AS pending
        FROM "Dossier" d ${dossierScopeJoin(agent)}
        JOIN "User" u ON u.id = d."applicantId"
        LEFT JOIN "Profile" p ON p.id = d."profileId"
        WHERE d."procedureId" = ${procedureId}::uuid AND d.status <> 'BROUILLON' AND d.number IS NOT NULL ${onStatus}
          ${after === null ? Prisma.empty : Prisma.sql`AND d.number > ${after}`}
        ORDER BY d.number
        LIMIT ${batchSize}`;
      if (rows.length === 0) return;
      yield rows.map((row) => exportRow(toExportedDossier(row), columns));
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
          console.error(`Export des dossiers de ${dossierExport.procedure.slug} interrompu : ${error instanceof Error ? error.message : String(error)}`);
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
