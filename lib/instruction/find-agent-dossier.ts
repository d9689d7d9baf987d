import 'server-only';
import { db } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DocumentDefinition, FieldDefinition } from '@/lib/procedures/field-definitions';
import { readPrefilledAnswers } from '@/lib/dossiers/prefill-answers';
import { prefillOrigins, type PrefillOrigin } from '@/lib/dossiers/prefill-origins';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { profileContactSelect } from '@/lib/profiles/profile-contact';
import { dossierScope } from './agent-scope';
import type { AgentViewer } from './agent-viewer';

// One scoped query with its relations (one statement per relation, never one per row); outside the scope, null.

const fileSelect = { id: true, originalName: true, size: true, mime: true, createdAt: true, scanStatus: true } as const;
const personSelect = { id: true, firstName: true, lastName: true } as const;

const agentDossierSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  answers: true,
  prefilledAnswers: true,
  submittedAt: true,
  decidedAt: true,
  complementDueAt: true,
  anonymizedAt: true,
  receiptFileId: true,
  updatedAt: true,
  procedure: { select: { id: true, title: true, complementResponseDays: true } },
  procedureVersion: { select: { fields: true, documents: true } },
  applicant: { select: { ...personSelect, email: true, deletedAt: true } },
  profile: {
    select: { id: true, name: true, ...profileContactSelect },
  },
  attachments: {
    select: {
      id: true,
      documentId: true,
      review: true,
      reviewMessage: true,
      reviewedAt: true,
      replacedById: true,
      createdAt: true,
      file: { select: fileSelect },
      reviewedBy: { select: personSelect },
      /** Joined from the association's porte-documents: the version the dossier was filed with. */
      profileDocument: { select: { createdAt: true, validUntil: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  },
  messages: {
    select: { id: true, body: true, fromAgent: true, createdAt: true, author: { select: personSelect }, files: { select: { file: { select: fileSelect } } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
  events: {
    select: { id: true, type: true, fromStatus: true, toStatus: true, message: true, createdAt: true, actor: { select: { ...personSelect, role: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
  notes: { select: { id: true, body: true, createdAt: true, author: { select: personSelect } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  issuedDocuments: {
    select: { id: true, title: true, createdAt: true, readAt: true, file: { select: fileSelect }, sentBy: { select: personSelect } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  },
} satisfies Prisma.DossierSelect;

type Row = Prisma.DossierGetPayload<{ select: typeof agentDossierSelect }>;

export type AgentDossier = Omit<Row, 'procedureVersion' | 'answers' | 'prefilledAnswers'> & {
  answers: Record<string, unknown>;
  /** By field id: the answers prefilled from the profile or the account, and whether they were changed. */
  prefillOrigins: Record<string, PrefillOrigin>;
  fields: FieldDefinition[];
  documents: DocumentDefinition[];
};

export async function findAgentDossier(agent: AgentViewer, dossierId: string): Promise<AgentDossier | null> {
  if (agent.role !== 'INSTRUCTEUR' && agent.role !== 'ADMIN') return null;
  if (!isUuid(dossierId)) return null;
  const row = await db.dossier.findFirst({ where: { id: dossierId, ...dossierScope(agent) }, select: agentDossierSelect });
  if (!row) return null;
  const { procedureVersion, answers, prefilledAnswers, ...rest } = row;
  const form = parseProcedureForm(procedureVersion);
  const answerValues = (answers ?? {}) as Record<string, unknown>;
  return {
    ...rest,
    answers: answerValues,
    prefillOrigins: prefillOrigins(form.fields, readPrefilledAnswers(prefilledAnswers), answerValues),
    ...form,
  };
}
