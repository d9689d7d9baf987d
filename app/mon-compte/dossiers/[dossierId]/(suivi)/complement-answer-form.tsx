'use client';

import { useActionState } from 'react';
import { answerComplementAction } from './actions';
import { ProcedureFormFields } from '@/components/procedures/procedure-form-fields';
import type { FieldDefinition } from '@/lib/procedures/field-definitions';
import { ActionFeedback, fieldError } from '@/components/dossiers/action-feedback';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

type ComplementAnswerFormProps = { dossierId: string; version: number; fields: FieldDefinition[]; values: Record<string, string> };

/** « Répondre à la demande »: the dossier's own form, prefilled, an optional message, « Transmettre ». */
export function ComplementAnswerForm({ dossierId, version, fields, values }: ComplementAnswerFormProps) {
  const [state, action, pending] = useActionState(answerComplementAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = Object.fromEntries(Object.entries(failed?.fieldErrors ?? {}).map(([key, messages]) => [key, messages[0]]));
  const messageError = fieldError(state, 'message');
  return (
    <form action={action} className="stack" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <ProcedureFormFields fields={fields} idPrefix="complement" values={failed?.values ?? values} errors={errors} sectionHeadingLevel={3} />
      <div className="field">
        <label htmlFor="complement-message">Message aux services (facultatif)</label>
        {messageError ? <p className="field-error">{messageError}</p> : null}
        <textarea id="complement-message" name="message" rows={4} maxLength={LONG_TEXT_MAX_LENGTH} defaultValue={failed?.values?.message} />
      </div>
      <p className="hint">Pour remplacer un justificatif rejeté, utilisez l’onglet « Justificatifs » avant de transmettre.</p>
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>
          Transmettre
        </button>
      </div>
    </form>
  );
}
