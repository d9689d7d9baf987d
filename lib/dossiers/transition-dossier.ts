import 'server-only';
import type { Tx } from '@/lib/db';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DOSSIER_STATUS_LABELS, isDecided, statusesLeadingTo } from './status';

// The one place where a dossier changes status: optimistic locking on `version`, the allowed
// transitions of status.ts, and the event of the history, in the caller's transaction.

export class DossierConflictError extends Error {
  constructor() {
    super('Ce dossier vient d’être modifié par quelqu’un d’autre. La page a été actualisée : vérifiez son état puis recommencez.');
    this.name = 'DossierConflictError';
  }
}

export class InvalidTransitionError extends Error {
  constructor(to: DossierStatus) {
    super(`Ce dossier ne peut pas passer à l’état « ${DOSSIER_STATUS_LABELS[to]} » depuis son état actuel.`);
    this.name = 'InvalidTransitionError';
  }
}

export type TransitionInput = {
  dossierId: string;
  /** The version the actor saw: another change in between makes this one fail. */
  expectedVersion: number;
  to: DossierStatus;
  actorId: string;
  /** For the history (« Historique »): e.g. submitted, complement-requested, decision. */
  eventType: string;
  message?: string;
  now?: Date;
};

/** Changes the status and returns the new version; throws DossierConflictError or InvalidTransitionError. */
export async function transitionDossier(tx: Tx, input: TransitionInput): Promise<{ version: number; from: DossierStatus }> {
  const now = input.now ?? new Date();
  const current = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: { status: true, version: true } });
  if (!current || current.version !== input.expectedVersion) throw new DossierConflictError();
  if (!statusesLeadingTo(input.to).includes(current.status)) throw new InvalidTransitionError(input.to);

  const updated = await tx.dossier.updateMany({
    where: { id: input.dossierId, version: input.expectedVersion, status: current.status },
    data: {
      status: input.to,
      version: { increment: 1 },
      ...(input.to === 'DEPOSE' ? { submittedAt: now } : {}),
      decidedAt: isDecided(input.to) ? now : null,
    },
  });
  if (updated.count !== 1) throw new DossierConflictError();

  await tx.dossierEvent.create({
    data: {
      dossierId: input.dossierId,
      actorId: input.actorId,
      type: input.eventType,
      fromStatus: current.status,
      toStatus: input.to,
      message: input.message,
      createdAt: now,
    },
  });
  return { version: input.expectedVersion + 1, from: current.status };
}
