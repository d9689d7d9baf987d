import 'server-only';
import type { Tx } from '@/lib/db';

// Agents see every deposited dossier for now (no services/assignment until the instruction
// issue). What the notifications need: the number and the applicant to write to.

export async function loadDossierForAgent(tx: Tx, dossierId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(dossierId)) return null;
  return tx.dossier.findFirst({
    where: { id: dossierId, status: { not: 'BROUILLON' } },
    select: {
      id: true,
      number: true,
      status: true,
      procedureVersion: { select: { documents: true } },
      procedure: { select: { title: true } },
      applicant: { select: { email: true, firstName: true } },
    },
  });
}

export class DossierNotFoundForAgentError extends Error {
  constructor() {
    super('Ce dossier est introuvable.');
    this.name = 'DossierNotFoundForAgentError';
  }
}
