'use client';

import { useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { FileUploadField, type AttachUpload } from '@/components/forms/file-upload-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { ReviewTag } from '@/components/dossiers/review-tag';
import { ProcedureFormFields } from '@/components/procedures/procedure-form-fields';
import type { ActionResult } from '@/lib/actions/result';
import { rejectedFieldName, type RejectedAttachment } from '@/lib/dossiers/rejected-justificatifs';
import { acceptedFilesHint } from '@/lib/files/accepted-files';
import type { FieldDefinition } from '@/lib/procedures/field-definitions';
import { complementAnswerSchema } from '@/lib/validation/dossier-follow-up';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';
import { answerComplementAction, replaceRejectedInAnswerAction } from './actions';

type ComplementAnswerFormProps = {
  dossierId: string;
  version: number;
  fields: FieldDefinition[];
  values: Record<string, string>;
  /** The rejected justificatifs not replaced yet: « Transmettre » is refused until they are. */
  toReplace: RejectedAttachment[];
  /** MAX_UPLOAD_MB, from the server's configuration. */
  maxUploadMb: number;
};

const ID_PREFIX = 'complement';

/** The replacement joins the dossier as soon as it is uploaded, as the draft's justificatifs do. */
function replaceWith(dossierId: string, attachmentId: string, onReplaced: () => void): AttachUpload {
  return async (file) => {
    const formData = new FormData();
    formData.set('dossierId', dossierId);
    formData.set('attachmentId', attachmentId);
    formData.set('fileId', file.id);
    const replaced: ActionResult = await replaceRejectedInAnswerAction(null, formData);
    if (!replaced.ok) return { ok: false, message: Object.values(replaced.fieldErrors ?? {})[0]?.[0] ?? replaced.message };
    onReplaced();
    return { ok: true, name: file.name };
  };
}

/**
 * « Répondre à la demande »: the rejected justificatifs first (each named with its motif and its
 * own file field), then the dossier's own form, prefilled, an optional message, « Transmettre ».
 * The browser checks the message; the server checks the answers with the schema of the dossier's
 * version and refuses while a rejected justificatif is not replaced: each error comes back next
 * to its field (the document's file field for a justificatif) and in the summary.
 */
export function ComplementAnswerForm({ dossierId, version, fields, values, toReplace, maxUploadMb }: ComplementAnswerFormProps) {
  const controller = useActionForm({
    schema: complementAnswerSchema,
    action: answerComplementAction,
    idPrefix: ID_PREFIX,
    defaultValues: { dossierId, version, message: '' },
  });
  const { state, form, textField, isPending } = controller;
  // Kept after a replacement refreshes the page: the field (and its focus) stays where it was.
  const [rejected] = useState(toReplace);
  const [replaced, setReplaced] = useState<Record<string, true>>({});
  const errors = Object.fromEntries(Object.entries(form.formState.errors).map(([name, error]) => [name, error?.message as string | undefined]));
  const helpId = `${ID_PREFIX}-a-remplacer-aide`;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        {rejected.length > 0 ? (
          <section className="stack" aria-labelledby={`${ID_PREFIX}-a-remplacer`}>
            <h3 id={`${ID_PREFIX}-a-remplacer`}>{rejected.length === 1 ? 'Justificatif à remplacer' : 'Justificatifs à remplacer'}</h3>
            <p id={helpId}>
              {rejected.length === 1
                ? 'Les services du Département ont rejeté ce justificatif : remplacez-le avant de choisir « Transmettre ».'
                : 'Les services du Département ont rejeté ces justificatifs : remplacez-les avant de choisir « Transmettre ».'}{' '}
              Formats acceptés : {acceptedFilesHint(maxUploadMb)}
            </p>
            {rejected.map((item) => {
              const name = rejectedFieldName(item.documentId);
              const done = replaced[item.attachmentId];
              return (
                <div key={item.attachmentId} className="card">
                  <FileUploadField
                    id={`${ID_PREFIX}-${name}`}
                    legend={item.label}
                    hint={
                      done ? (
                        <>
                          <ReviewTag review="EN_ATTENTE" /> Remplacé : le nouveau fichier sera vérifié par les services du Département.
                        </>
                      ) : (
                        <>
                          <ReviewTag review="REJETE" /> Motif du rejet : {item.reason}
                        </>
                      )
                    }
                    showFormats={false}
                    describedBy={helpId}
                    buttonContext={` : ${item.label}`}
                    maxUploadMb={maxUploadMb}
                    error={errors[name]}
                    onUploadStart={() => form.clearErrors(name)}
                    attach={replaceWith(dossierId, item.attachmentId, () => setReplaced((before) => ({ ...before, [item.attachmentId]: true })))}
                  />
                </div>
              );
            })}
          </section>
        ) : null}
        <ProcedureFormFields
          fields={fields}
          idPrefix={ID_PREFIX}
          values={state && !state.ok ? (state.values ?? values) : values}
          errors={errors}
          sectionHeadingLevel={3}
        />
        <TextareaField {...textField('message')} label="Message aux services (facultatif)" rows={4} maxLength={LONG_TEXT_MAX_LENGTH} />
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Transmission en cours…">
            Transmettre
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
