'use client';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FileUploadField, type AttachUpload } from '@/components/forms/file-upload-field';
import { ProcedureFormFields } from '@/components/procedures/procedure-form-fields';
import type { ActionResult, FormAction } from '@/lib/actions/result';
import { acceptedFilesHint } from '@/lib/files/accepted-files';
import { formatTime } from '@/lib/format/date';
import type { DocumentDefinition, FieldDefinition } from '@/lib/procedures/field-definitions';
import type { DraftFormState } from './actions';
import { JustificatifHint } from '@/components/profile-documents/justificatif-hint';

// The draft's form: the démarche's fields, its justificatifs, « Enregistrer le brouillon » and
// « Déposer ». Without JavaScript both buttons post the form (the justificatifs need it). With
// JavaScript the answers also save themselves a moment after the person stops typing.

const AUTOSAVE_DELAY_MS = 1500;

type Props = {
  dossierId: string;
  fields: readonly FieldDefinition[];
  documents: readonly DocumentDefinition[];
  answers: Record<string, string>;
  attachments: Record<string, { name: string; fromProfile: { validUntil: Date | null } | null }>;
  /** MAX_UPLOAD_MB, from the server's configuration. */
  maxUploadMb: number;
  action: FormAction<{ savedAt: string }>;
  autosave: FormAction<{ savedAt: string }>;
  /** attachJustificatifAction: joins an uploaded file to the draft, a FormData action like every other. */
  attach: FormAction<{ name: string }>;
};

function firstErrors(state: DraftFormState | null): Record<string, string> {
  if (!state || state.ok || !state.fieldErrors) return {};
  return Object.fromEntries(Object.entries(state.fieldErrors).map(([name, messages]) => [name, messages[0]]));
}

/** The justificatif's upload, then attachJustificatifAction: a refusal of either is the field's. */
function attachTo(attach: FormAction<{ name: string }>, dossierId: string, documentId: string): AttachUpload {
  return async (file) => {
    const formData = new FormData();
    formData.set('dossierId', dossierId);
    formData.set('documentId', documentId);
    formData.set('fileId', file.id);
    const attached: ActionResult<{ name: string }> = await attach(null, formData);
    if (attached.ok) return { ok: true, name: attached.data?.name ?? file.name };
    // A malformed post is refused on its fields, all worded as « Ce fichier n’a pas pu être joint… ».
    return { ok: false, message: Object.values(attached.fieldErrors ?? {})[0]?.[0] ?? attached.message };
  };
}

export function DossierDraftForm({ dossierId, fields, documents, answers, attachments, maxUploadMb, action, autosave, attach }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  // Errors made stale since the refusal: an answer changed, or a file being sent for a justificatif.
  const [staleErrors, setStaleErrors] = useState<{ state: DraftFormState | null; names: string[] }>({ state: null, names: [] });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stale = new Set(staleErrors.state === state ? staleErrors.names : []);
  const errors = Object.fromEntries(Object.entries(firstErrors(state)).filter(([name]) => !stale.has(name)));
  const values = state && !state.ok && state.values ? state.values : answers;
  const documentIds = new Set(documents.map((document) => document.id));
  const summaryErrors = Object.entries(errors).map(([name, message]) => ({
    href: documentIds.has(name) ? `#piece-${name}` : `#reponse-${name}`,
    message,
  }));

  function markStale(name: string) {
    if (!(name in errors)) return;
    setStaleErrors((before) => ({ state, names: before.state === state ? [...before.names, name] : [name] }));
  }

  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
    if (state?.ok && state.data) setSavedAt(state.data.savedAt);
  }, [state]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function onEdit(event: FormEvent<HTMLFormElement>) {
    const { name } = event.target as HTMLInputElement;
    if (name) markStale(name);
    scheduleAutosave();
  }

  function scheduleAutosave() {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      if (!formRef.current) return;
      const result = await autosave(null, new FormData(formRef.current)).catch(() => null);
      setSaveFailed(!result?.ok);
      if (result?.ok && result.data) setSavedAt(result.data.savedAt);
    }, AUTOSAVE_DELAY_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Posted by hand: React would otherwise reset the fields after the action, losing the answers shown with errors.
    event.preventDefault();
    clearTimeout(timer.current);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  }

  return (
    <>
      <ErrorSummary id="dossier-summary" ref={summaryRef} errors={summaryErrors} message={state && !state.ok ? state.message : undefined} />
      <form ref={formRef} action={formAction} onSubmit={onSubmit} onInput={onEdit} onChange={onEdit} noValidate className="stack-lg">
        <input type="hidden" name="dossierId" value={dossierId} />
        <section className="stack" aria-labelledby="formulaire">
          <h2 id="formulaire">Formulaire</h2>
          <ProcedureFormFields fields={fields} values={values} errors={errors} sectionHeadingLevel={3} />
        </section>
        {documents.length > 0 ? (
          <section className="stack" aria-labelledby="pieces">
            <h2 id="pieces">Pièces justificatives</h2>
            <p>
              <span id="pieces-formats">Formats acceptés : {acceptedFilesHint(maxUploadMb)}</span> Les autres formats sont refusés pour des raisons de
              sécurité : convertissez vos documents avant de les déposer.
            </p>
            {documents.map((document) => (
              <FileUploadField
                key={document.id}
                id={`piece-${document.id}-fileId`}
                groupId={`piece-${document.id}`}
                legend={document.required ? document.label : `${document.label} (facultatif)`}
                hint={
                  document.help || attachments[document.id]?.fromProfile ? (
                    <JustificatifHint help={document.help} fromProfile={attachments[document.id]?.fromProfile ?? null} />
                  ) : undefined
                }
                showFormats={false}
                describedBy="pieces-formats"
                buttonContext={` : ${document.label}`}
                maxUploadMb={maxUploadMb}
                initialFile={attachments[document.id]}
                error={errors[document.id]}
                onUploadStart={() => markStale(document.id)}
                attach={attachTo(attach, dossierId, document.id)}
              />
            ))}
          </section>
        ) : null}
        <p className="muted draft-status" role="status">
          {saveFailed ? 'Le brouillon n’a pas pu être enregistré automatiquement.' : savedAt ? `Brouillon enregistré à ${formatTime(new Date(savedAt))}` : null}
        </p>
        <div className="actions">
          <button type="submit" name="intent" value="submit" className="btn" disabled={isPending}>
            {isPending ? 'Envoi en cours…' : 'Déposer'}
          </button>
          <button type="submit" name="intent" value="save" className="btn-secondary" disabled={isPending}>
            Enregistrer le brouillon
          </button>
        </div>
      </form>
    </>
  );
}
