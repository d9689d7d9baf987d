import 'server-only';
import { db } from '@/lib/db';
import { findDossierForViewer, type DossierViewer } from './dossier-access';
import { AGENT_ONLY_EVENT_TYPES } from './event-labels';

// Each read here is scoped by findDossierForViewer first (null → 404).

const fileSelect = { id: true, originalName: true, size: true, mime: true, createdAt: true, scanStatus: true } as const;

export async function listDossierAttachments(viewer: DossierViewer, dossierId: string) {
  const dossier = await findDossierForViewer(viewer, dossierId);
  if (!dossier) return null;
  const attachments = await db.attachment.findMany({
    where: { dossierId: dossier.id },
    select: {
      id: true,
      documentId: true,
      review: true,
      reviewMessage: true,
      replacedById: true,
      createdAt: true,
      file: { select: fileSelect },
      profileDocument: { select: { createdAt: true, validUntil: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return { dossier, attachments };
}

export async function listDossierMessages(viewer: DossierViewer, dossierId: string) {
  const dossier = await findDossierForViewer(viewer, dossierId);
  if (!dossier) return null;
  const messages = await db.dossierMessage.findMany({
    where: { dossierId: dossier.id },
    select: {
      id: true,
      body: true,
      fromAgent: true,
      createdAt: true,
      author: { select: { id: true, firstName: true, lastName: true } },
      files: { select: { file: { select: fileSelect } } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { dossier, messages };
}

export async function listDossierEvents(viewer: DossierViewer, dossierId: string) {
  const dossier = await findDossierForViewer(viewer, dossierId);
  if (!dossier) return null;
  const events = await db.dossierEvent.findMany({
    where: { dossierId: dossier.id, type: { notIn: AGENT_ONLY_EVENT_TYPES } },
    select: {
      id: true,
      type: true,
      fromStatus: true,
      toStatus: true,
      message: true,
      createdAt: true,
      actor: { select: { id: true, firstName: true, lastName: true, role: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { dossier, events };
}

/** The services’ latest « complément demandé » message. Unscoped: call it after findDossierForViewer. */
export async function unsafeFindComplementRequest(dossierId: string): Promise<{ message: string | null; createdAt: Date } | null> {
  return db.dossierEvent.findFirst({
    where: { dossierId, type: 'complement-requested' },
    select: { message: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
}
