import type { DossierStatus } from '@/lib/generated/prisma/enums';

// The dossier's life: BROUILLON → DEPOSE → EN_INSTRUCTION ⇄ COMPLEMENT_DEMANDE →
// ACCEPTE | REFUSE | SANS_SUITE, and « Repasser en instruction » from a decision, for a mistake.
// Pure (no server-only): the stepper and the badges use the labels in the browser too.

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  BROUILLON: 'Brouillon',
  DEPOSE: 'Déposé',
  EN_INSTRUCTION: 'En instruction',
  COMPLEMENT_DEMANDE: 'Complément demandé',
  ACCEPTE: 'Accepté',
  REFUSE: 'Refusé',
  SANS_SUITE: 'Classé sans suite',
};

const TRANSITIONS: Record<DossierStatus, readonly DossierStatus[]> = {
  BROUILLON: ['DEPOSE'],
  DEPOSE: ['EN_INSTRUCTION'],
  EN_INSTRUCTION: ['COMPLEMENT_DEMANDE', 'ACCEPTE', 'REFUSE', 'SANS_SUITE'],
  COMPLEMENT_DEMANDE: ['EN_INSTRUCTION'],
  ACCEPTE: ['EN_INSTRUCTION'],
  REFUSE: ['EN_INSTRUCTION'],
  SANS_SUITE: ['EN_INSTRUCTION'],
};

export const DECISION_STATUSES: readonly DossierStatus[] = ['ACCEPTE', 'REFUSE', 'SANS_SUITE'];

export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function statusesLeadingTo(to: DossierStatus): DossierStatus[] {
  return (Object.keys(TRANSITIONS) as DossierStatus[]).filter((from) => canTransition(from, to));
}

export function isDecided(status: DossierStatus): boolean {
  return DECISION_STATUSES.includes(status);
}
