import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { documentListSchema } from '@/lib/procedures/field-definitions';
import { visibleDossiersListWhere, type DossierViewer } from './dossier-access';
import { receivedDocumentsWhere } from './list-received-documents';

// Each list is bounded: the page says how many more there are and links to the full list.

export const TASKS_SHOWN = 5;

const dossierSelect = { id: true, number: true, procedure: { select: { title: true } } } satisfies Prisma.DossierSelect;

export type TaskDossier = Prisma.DossierGetPayload<{ select: typeof dossierSelect }>;

export type PendingTasks = {
  complements: { items: (TaskDossier & { complementDueAt: Date | null })[]; total: number };
  rejectedAttachments: { items: { id: string; documentLabel: string; dossier: TaskDossier }[]; total: number };
  newDocuments: { items: { id: string; title: string }[]; total: number };
  drafts: { items: (TaskDossier & { updatedAt: Date })[]; total: number };
  recentDossiers: (TaskDossier & { status: Prisma.DossierGetPayload<{ select: { status: true } }>['status']; updatedAt: Date })[];
};

/** A list shorter than its limit is complete: only a full one needs counting (a query less per list on most pages). */
function totalOf(items: unknown[], count: () => Promise<number>): Promise<number> | number {
  return items.length < TASKS_SHOWN ? items.length : count();
}

export async function listPendingTasks(viewer: DossierViewer): Promise<PendingTasks> {
  const visible = await visibleDossiersListWhere(viewer);
  const complementWhere: Prisma.DossierWhereInput = { AND: [visible, { status: 'COMPLEMENT_DEMANDE' }] };
  // A rejected file can be replaced until the decision (lib/dossiers/replace-rejected-attachment.ts).
  const rejectedWhere: Prisma.AttachmentWhereInput = {
    review: 'REJETE',
    replacedById: null,
    dossier: { AND: [visible, { status: { in: ['DEPOSE', 'EN_INSTRUCTION', 'COMPLEMENT_DEMANDE'] } }] },
  };
  const documentWhere: Prisma.IssuedDocumentWhereInput = { AND: [receivedDocumentsWhere(viewer), { readAt: null }] };
  const draftWhere: Prisma.DossierWhereInput = { applicantId: viewer.id, status: 'BROUILLON' };
  const newestFirst = [{ updatedAt: 'desc' as const }, { id: 'desc' as const }];

  const [complements, rejected, documents, drafts, recent] = await Promise.all([
    db.dossier.findMany({ where: complementWhere, select: { ...dossierSelect, complementDueAt: true }, orderBy: newestFirst, take: TASKS_SHOWN }),
    db.attachment.findMany({
      where: rejectedWhere,
      select: { id: true, documentId: true, dossier: { select: { ...dossierSelect, procedureVersion: { select: { documents: true } } } } },
      orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
      take: TASKS_SHOWN,
    }),
    db.issuedDocument.findMany({
      where: documentWhere,
      select: { id: true, title: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: TASKS_SHOWN,
    }),
    db.dossier.findMany({ where: draftWhere, select: { ...dossierSelect, updatedAt: true }, orderBy: newestFirst, take: TASKS_SHOWN }),
    db.dossier.findMany({
      where: { AND: [visible, { status: { not: 'BROUILLON' } }] },
      select: { ...dossierSelect, status: true, updatedAt: true },
      orderBy: newestFirst,
      take: 3,
    }),
  ]);
  const [complementTotal, rejectedTotal, documentTotal, draftTotal] = await Promise.all([
    totalOf(complements, () => db.dossier.count({ where: complementWhere })),
    totalOf(rejected, () => db.attachment.count({ where: rejectedWhere })),
    totalOf(documents, () => db.issuedDocument.count({ where: documentWhere })),
    totalOf(drafts, () => db.dossier.count({ where: draftWhere })),
  ]);

  return {
    complements: { items: complements, total: complementTotal },
    rejectedAttachments: {
      items: rejected.map(({ id, documentId, dossier: { procedureVersion, ...dossier } }) => {
        const documents = documentListSchema.parse(procedureVersion.documents);
        return { id, documentLabel: documents.find((document) => document.id === documentId)?.label ?? 'Justificatif', dossier };
      }),
      total: rejectedTotal,
    },
    newDocuments: { items: documents, total: documentTotal },
    drafts: { items: drafts, total: draftTotal },
    recentDossiers: recent,
  };
}
