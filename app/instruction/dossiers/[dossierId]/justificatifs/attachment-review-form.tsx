'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/instruction/instruction-fields';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import type { AttachmentReview } from '@/lib/generated/prisma/enums';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';
import { instructionSchemas } from '@/lib/validation/instruction';
import { reviewAttachmentAction } from '../actions';

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
  const panelId = `verifier-${attachmentId}`;
  if (!open) {
    return (
      <ul className="dossier-actions" aria-label={`Vérifier « ${documentLabel} »`}>
        {review !== 'VALIDE' && canValidate ? (
          <li>
            <Link href={`${basePath}?valider=${attachmentId}#${panelId}`} scroll={false} className="btn-secondary">
              Valider<span className="visually-hidden"> « {documentLabel} »</span>
            </Link>
          </li>
        ) : null}
        {review !== 'REJETE' ? (
          <li>
            <Link href={`${basePath}?rejeter=${attachmentId}#${panelId}`} scroll={false} className="btn-danger">
              Rejeter<span className="visually-hidden"> « {documentLabel} »</span>
            </Link>
          </li>
        ) : null}
      </ul>
    );
  }
  return (
    <ConfirmationPanel id={panelId} title={open === 'rejeter' ? `Rejeter « ${documentLabel} » ?` : `Valider « ${documentLabel} » ?`}>
      <ReviewStep dossierId={dossierId} attachmentId={attachmentId} review={review} reject={open === 'rejeter'} idPrefix={panelId} cancelHref={basePath} />
    </ConfirmationPanel>
  );
}

type ReviewStepProps = { dossierId: string; attachmentId: string; review: AttachmentReview; reject: boolean; idPrefix: string; cancelHref: string };

function ReviewStep({ dossierId, attachmentId, review, reject, idPrefix, cancelHref }: ReviewStepProps) {
  const fields = { dossierId, attachmentId, expectedReview: review, decision: reject ? ('REJETE' as const) : ('VALIDE' as const) };
  const controller = useActionForm({ schema: instructionSchemas.review, action: reviewAttachmentAction, idPrefix, defaultValues: fields });
  const { isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <HiddenFields fields={fields} />
        {reject ? (
          <>
            <p>Le demandeur reçoit un courriel et lit le motif dans l’onglet « Justificatifs » de son dossier, où il peut remplacer le fichier.</p>
            <TextareaField label="Motif" required rows={5} maxLength={LONG_TEXT_MAX_LENGTH} {...textField('reason')} />
          </>
        ) : (
          <p>Le justificatif sera marqué « Validé ».</p>
        )}
        <div className="actions">
          <button type="submit" className={reject ? 'btn-danger' : 'btn'} disabled={isPending}>
            {isPending ? 'Enregistrement en cours…' : reject ? 'Confirmer le rejet' : 'Confirmer la validation'}
          </button>
          <Link href={cancelHref} scroll={false}>
            Annuler
          </Link>
        </div>
      </div>
    </ActionForm>
  );
}
