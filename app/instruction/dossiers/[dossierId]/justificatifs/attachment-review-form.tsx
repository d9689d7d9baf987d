'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { reviewAttachmentAction } from '../actions';
import { ActionFeedback, fieldError } from '@/components/dossiers/action-feedback';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import type { AttachmentReview } from '@/lib/generated/prisma/enums';
import { HiddenFields, PlainTextarea } from '@/components/instruction/instruction-fields';

// « Valider » / « Rejeter » one justificatif. Each opens its step (?valider=id / ?rejeter=id, so
// it works without JavaScript); « Rejeter » asks for the « Motif », which the applicant reads in
// their « Justificatifs » tab. The form carries the attachment and the review state the agent saw:
// if the file was replaced or reviewed meanwhile, nothing is written and the page comes back fresh.
// « Valider » is not offered for a file the antivirus has not cleared (nobody can open it);
// reviewAttachment refuses it too.

type Props = {
  dossierId: string;
  attachmentId: string;
  review: AttachmentReview;
  /** False while the antivirus has not cleared the file (lib/antivirus/scan-status.ts). */
  canValidate: boolean;
  documentLabel: string;
  open: 'valider' | 'rejeter' | null;
  basePath: string;
};

export function AttachmentReviewForm({ dossierId, attachmentId, review, canValidate, documentLabel, open, basePath }: Props) {
  const [state, action, pending] = useActionState(reviewAttachmentAction, null);
  const values = state && !state.ok ? state.values : undefined;
  const panelId = `verifier-${attachmentId}`;
  if (!open) {
    return (
      <ul className="dossier-actions" aria-label={`Vérifier « ${documentLabel} »`}>
        {review !== 'VALIDE' && canValidate ? (
          <li>
            <Link href={`${basePath}?valider=${attachmentId}#${panelId}`} scroll={false} className="btn-secondary">
              Valider<span className="visually-hidden"> « {documentLabel} »</span>
            </Link>
          </li>
        ) : null}
        {review !== 'REJETE' ? (
          <li>
            <Link href={`${basePath}?rejeter=${attachmentId}#${panelId}`} scroll={false} className="btn-danger">
              Rejeter<span className="visually-hidden"> « {documentLabel} »</span>
            </Link>
          </li>
        ) : null}
      </ul>
    );
  }
  const reject = open === 'rejeter';
  return (
    <ConfirmationPanel id={panelId} title={reject ? `Rejeter « ${documentLabel} » ?` : `Valider « ${documentLabel} » ?`}>
      <form action={action} className="stack" noValidate>
        <ActionFeedback state={state} />
        <HiddenFields fields={{ dossierId, attachmentId, expectedReview: review, decision: reject ? 'REJETE' : 'VALIDE' }} />
        {reject ? (
          <>
            <p>Le demandeur reçoit un courriel et lit le motif dans l’onglet « Justificatifs » de son dossier, où il peut remplacer le fichier.</p>
            <PlainTextarea id={`${panelId}-motif`} name="motif" label="Motif" required error={fieldError(state, 'motif')} defaultValue={values?.motif} />
          </>
        ) : (
          <p>Le justificatif sera marqué « Validé ».</p>
        )}
        <div className="actions">
          <button type="submit" className={reject ? 'btn-danger' : 'btn'} disabled={pending}>
            {pending ? 'Enregistrement en cours…' : reject ? 'Confirmer le rejet' : 'Confirmer la validation'}
          </button>
          <Link href={basePath} scroll={false}>
            Annuler
          </Link>
        </div>
      </form>
    </ConfirmationPanel>
  );
}
