import 'server-only';
import { fail, failWithCode, succeed, type ActionFailure, type ActionResult } from '@/lib/actions/result';
import type { Tx } from '@/lib/db';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DOSSIER_STATUS_LABELS, isDecided, statusesLeadingTo } from './status';

// The one place where a dossier changes status: optimistic locking on `version`, the allowed
// transitions of status.ts, and the event of the history, in the caller's transaction.

/** Someone changed the dossier since the actor saw it: the page shows it fresh (`?conflit=dossier`). */
export const DOSSIER_CONFLICT_CODE = 'conflict';

export function dossierConflict(): ActionFailure {
  return failWithCode(
    DOSSIER_CONFLICT_CODE,
    'Ce dossier vient d’être modifié par quelqu’un d’autre. La page a été actualisée : vérifiez son état puis recommencez.',
  );
}

export type TransitionInput = {
  dossierId: string;
  expectedVersion: number;
  to: DossierStatus;
  actorId: string;
  eventType: string;
  message?: string;
  now?: Date;
};

/** Returns the new version; a refusal writes nothing (the caller returns it, or rolls back). */
export async function transitionDossier(tx: Tx, input: TransitionInput): Promise<ActionResult<{ version: number; from: DossierStatus }>> {
  const now = input.now ?? new Date();
  const current = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: { status: true, version: true } });
  if (!current || current.version !== input.expectedVersion) return dossierConflict();
  if (!statusesLeadingTo(input.to).includes(current.status)) {
    return fail(`Ce dossier ne peut pas passer à l’état « ${DOSSIER_STATUS_LABELS[input.to]} » depuis son état actuel.`);
  }

  const updated = await tx.dossier.updateMany({
    where: { id: input.dossierId, version: input.expectedVersion, status: current.status },
    data: {
      status: input.to,
      version: { increment: 1 },
      ...(input.to === 'DEPOSE' ? { submittedAt: now } : {}),
      decidedAt: isDecided(input.to) ? now : null,
    },
  });
  // Guarded: a change committed since the read above wins, and this one writes nothing.
  if (updated.count !== 1) return dossierConflict();

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
  return succeed({ version: input.expectedVersion + 1, from: current.status });
}
