'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { ProcedureFormFields } from '@/components/procedures/procedure-form-fields';
import type { FieldDefinition } from '@/lib/procedures/field-definitions';
import { complementAnswerSchema } from '@/lib/validation/dossier-follow-up';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';
import { answerComplementAction } from './actions';

type ComplementAnswerFormProps = { dossierId: string; version: number; fields: FieldDefinition[]; values: Record<string, string> };

/**
 * « Répondre à la demande »: the dossier's own form, prefilled, an optional message, « Transmettre ».
 * The browser checks the message; the answers are checked by the server with the schema of the
 * dossier's version, and their errors come back next to each field and in the summary.
 */
export function ComplementAnswerForm({ dossierId, version, fields, values }: ComplementAnswerFormProps) {
  const controller = useActionForm({
    schema: complementAnswerSchema,
    action: answerComplementAction,
    idPrefix: 'complement',
    defaultValues: { dossierId, version, message: '' },
  });
  const { state, form, textField, isPending } = controller;
  const errors = Object.fromEntries(Object.entries(form.formState.errors).map(([name, error]) => [name, error?.message as string | undefined]));
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        <ProcedureFormFields
          fields={fields}
          idPrefix="complement"
          values={state && !state.ok ? (state.values ?? values) : values}
          errors={errors}
          sectionHeadingLevel={3}
        />
        <TextareaField {...textField('message')} label="Message aux services (facultatif)" rows={4} maxLength={LONG_TEXT_MAX_LENGTH} />
        <p className="hint">Pour remplacer un justificatif rejeté, utilisez l’onglet « Justificatifs » avant de transmettre.</p>
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Transmission en cours…">
            Transmettre
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
