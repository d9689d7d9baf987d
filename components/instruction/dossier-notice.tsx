'use client';

import { useSearchParams } from 'next/navigation';
import { Alert } from '@/components/ui/alert';

// What the last action did, from the address it redirected to (?succes=… / ?conflit=…): the
// page is then the fresh state, and a conflict says so first.

const SUCCESS: Record<string, string> = {
  instruction: 'Le dossier est passé en instruction. Le demandeur en est informé par courriel.',
  complement: 'La demande de compléments a été envoyée au demandeur.',
  decision: 'La décision a été enregistrée et envoyée au demandeur.',
  reprise: 'Le dossier est repassé en instruction. Le demandeur en est informé par courriel.',
  valide: 'Le justificatif est validé.',
  rejete: 'Le justificatif est rejeté. Le demandeur est invité à le remplacer.',
  message: 'Votre message a été envoyé au demandeur.',
  document: 'Le document a été envoyé : le demandeur le trouve dans « Mes documents reçus ».',
  note: 'La note privée a été ajoutée.',
};

const CONFLICT: Record<string, string> = {
  dossier: 'Ce dossier vient d’être modifié par quelqu’un d’autre. La page a été actualisée : vérifiez son état puis recommencez.',
  justificatif: 'Ce justificatif vient d’être modifié (remplacé ou vérifié) par quelqu’un d’autre. La page a été actualisée : vérifiez-le puis recommencez.',
};

export function DossierNotice() {
  const query = useSearchParams();
  const conflict = CONFLICT[query.get('conflit') ?? ''];
  if (conflict) {
    return (
      <Alert tone="error" title="Action non enregistrée">
        <p>{conflict}</p>
      </Alert>
    );
  }
  const success = SUCCESS[query.get('succes') ?? ''];
  return success ? <Alert tone="success" title={success} /> : null;
}
