'use client';
import { useState, type ChangeEvent } from 'react';
import { FieldError } from '@/components/forms/fieldset-field';
import { ACCEPTED_FILE_TYPES, ACCEPTED_FORMATS_NOTE } from '@/components/procedures/procedure-form-fields';
import type { ActionResult, FormAction } from '@/lib/actions/result';
import type { DocumentDefinition } from '@/lib/procedures/field-definitions';

// One justificatif: « Choisir un fichier » opens the browser's picker; the file goes to
// POST /api/fichiers with a progress bar (XMLHttpRequest reports upload progress, fetch does
// not), then the server action joins it to the draft. A refusal is shown here only: the rest of
// the form is untouched.

type UploadAnswer = { id: string; name: string } | { error: string };

const NETWORK_ERROR = 'L’envoi du fichier a échoué. Vérifiez votre connexion puis choisissez-le à nouveau.';

function upload(file: File, onProgress: (percent: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/fichiers');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as { id?: string; name?: string; error?: string } | null;
      if (request.status === 201 && body?.id) resolve({ id: body.id, name: body.name ?? file.name });
      else resolve({ error: body?.error ?? NETWORK_ERROR });
    };
    request.onerror = () => resolve({ error: NETWORK_ERROR });
    const body = new FormData();
    body.append('fichier', file);
    request.send(body);
  });
}

function attachment(dossierId: string, documentId: string, fileId: string): FormData {
  const formData = new FormData();
  formData.set('dossierId', dossierId);
  formData.set('documentId', documentId);
  formData.set('fileId', fileId);
  return formData;
}

type Props = {
  document: DocumentDefinition;
  dossierId: string;
  attachedName?: string;
  /** From the server after « Déposer » (e.g. « Joignez … »). */
  serverError?: string;
  /** attachJustificatifAction: a FormData action like every other. */
  attach: FormAction<{ name: string }>;
};

export function JustificatifUpload({ document, dossierId, attachedName, serverError, attach }: Props) {
  const id = `piece-${document.id}`;
  const inputId = `${id}-fichier`;
  const [name, setName] = useState(attachedName);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const shownError = error ?? (name && name !== attachedName ? undefined : serverError);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(undefined);
    setProgress(0);
    const answer = await upload(file, setProgress);
    input.value = '';
    if ('error' in answer) {
      setProgress(null);
      setError(answer.error);
      return;
    }
    setProgress(100);
    const attached = await attach(null, attachment(dossierId, document.id, answer.id)).catch(
      (): ActionResult<{ name: string }> => ({ ok: false, message: NETWORK_ERROR }),
    );
    setProgress(null);
    // A malformed post is refused on its fields, all worded as « Ce fichier n’a pas pu être joint… ».
    if (!attached.ok) setError(Object.values(attached.fieldErrors ?? {})[0]?.[0] ?? attached.message);
    else setName(attached.data?.name ?? answer.name);
  }

  const describedBy = [`${id}-hint`, shownError ? `${id}-error` : null, name ? `${id}-current` : null].filter(Boolean).join(' ');
  return (
    <div className={shownError ? 'field field--error' : 'field'}>
      <fieldset id={id} className="justificatif" aria-describedby={describedBy}>
        <legend>{document.required ? document.label : `${document.label} (facultatif)`}</legend>
        <span id={`${id}-hint`} className="hint">
          {document.help}
          {document.help ? <br /> : null}
          {ACCEPTED_FORMATS_NOTE}.
        </span>
        <FieldError id={id} error={shownError} />
        {name ? (
          <p id={`${id}-current`} className="justificatif__current">
            <span className="tag tag-success">Fichier joint</span> {name}
          </p>
        ) : null}
        <div className="justificatif__picker">
          <input
            id={inputId}
            type="file"
            className="justificatif__input"
            accept={ACCEPTED_FILE_TYPES}
            onChange={onChange}
            disabled={progress !== null}
            aria-describedby={describedBy}
          />
          <label htmlFor={inputId} className="btn-secondary justificatif__button">
            Choisir un fichier
            <span className="visually-hidden"> : {document.label}</span>
          </label>
        </div>
        {progress !== null ? (
          <p className="justificatif__progress">
            <label htmlFor={`${id}-progression`}>Envoi en cours</label>{' '}
            <progress id={`${id}-progression`} max={100} value={progress}>
              {progress} %
            </progress>{' '}
            <span aria-hidden="true">{progress} %</span>
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
