'use client';

import { useRef, useState, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { ACCEPTED_FILE_TYPES, acceptedFilesHint, fileTooLargeMessage, maxUploadBytes } from '@/lib/files/accepted-files';
import { formatFileSize } from '@/lib/format/file-size';
import { UPLOAD_NETWORK_ERROR, uploadFile, type UploadedFile, type UploadOutcome } from './upload-file';
import { uploadJoined, uploadRefused, uploadRemoved, uploadStarted } from './upload-messages';

// The one file field. Its <input type="file"> is drawn as a « Choisir un fichier » button (its
// label), so the picker speaks French whatever the browser. Each chosen file is sent at once to
// POST /api/fichiers with a visible progress bar; the form then carries only the accepted ids.
// The input is never disabled: focus would fall to <body> mid-upload. While busy it is
// aria-disabled and does not open the picker. Start, end and refusal of each upload are announced.

export type { UploadedFile } from './upload-file';

/** A follow-up that joins the uploaded file somewhere (the draft's attach action). */
export type AttachUpload = (file: UploadedFile) => Promise<{ ok: true; name: string } | { ok: false; message: string }>;

type Joined = { key: string; id?: string; name: string; size?: number };

type FileUploadFieldProps = {
  /** The file input's id: error summaries link here. */
  id: string;
  /** Name of the hidden inputs carrying the accepted ids; none when `onUploaded` or `attach` takes them. */
  name?: string;
  /** MAX_UPLOAD_MB, read by the server page: the browser never reads the configuration. */
  maxUploadMb: number;
  multiple?: boolean;
  /** Wraps the field in a fieldset named by it. */
  legend?: string;
  /** The fieldset's id, when a summary links to the group. */
  groupId?: string;
  /** Read before the accepted formats, e.g. « Facultatif. » or a document's own help. */
  hint?: ReactNode;
  /** False when the surrounding section states the formats once (pass its id in `describedBy`). */
  showFormats?: boolean;
  /** Other ids read with the input. */
  describedBy?: string;
  /** Said after the button's text to screen readers only, e.g. « : Relevé d’identité bancaire ». */
  buttonContext?: string;
  /** The form's error (browser or server): hidden once a new upload starts, since it is stale. */
  error?: string;
  /** A file joined before this page was shown (single-file fields). */
  initialFile?: { name: string; size?: number };
  onUploadStart?: () => void;
  onUploaded?: (file: UploadedFile) => void;
  attach?: AttachUpload;
};

export function FileUploadField({
  id,
  name,
  maxUploadMb,
  multiple = false,
  legend,
  groupId,
  hint,
  showFormats = true,
  describedBy,
  buttonContext,
  error,
  initialFile,
  onUploadStart,
  onUploaded,
  attach,
}: FileUploadFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const busyRef = useRef(false);
  const [joined, setJoined] = useState<Joined[]>(initialFile ? [{ key: 'initial', ...initialFile }] : []);
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [errorHidden, setErrorHidden] = useState(false);
  const [shownFor, setShownFor] = useState(error);
  // A new error from the form (a later submit) is shown again.
  if (error !== shownFor) {
    setShownFor(error);
    setErrorHidden(false);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const refusalId = `${id}-refus`;
  const currentId = `${id}-actuel`;
  const progressId = `${id}-progression`;
  const shownError = errorHidden || sending ? undefined : error;
  const current = multiple ? undefined : joined[0];

  async function send(file: File): Promise<UploadOutcome> {
    if (file.size > maxUploadBytes(maxUploadMb)) return { ok: false, message: fileTooLargeMessage(maxUploadMb) };
    const outcome = await uploadFile(file, (ratio) => setSending({ name: file.name, percent: Math.round(ratio * 100) }));
    if (!outcome.ok || !attach) return outcome;
    const attached = await attach(outcome.file).catch(() => ({ ok: false as const, message: UPLOAD_NETWORK_ERROR }));
    return attached.ok ? { ok: true, file: { ...outcome.file, name: attached.name } } : attached;
  }

  async function sendAll(files: File[]) {
    busyRef.current = true;
    setErrorHidden(true);
    setRefusals([]);
    onUploadStart?.();
    const refused: string[] = [];
    for (const file of files) {
      setSending({ name: file.name, percent: 0 });
      setAnnouncement(uploadStarted(file.name));
      const outcome = await send(file);
      if (!outcome.ok) {
        refused.push(uploadRefused(file.name, outcome.message));
        setRefusals([...refused]);
        // The refusal is announced by its alert; the status must not still say « en cours ».
        setAnnouncement('');
        continue;
      }
      const entry: Joined = { key: outcome.file.id, ...outcome.file };
      setJoined((before) => (multiple ? [...before, entry] : [entry]));
      setAnnouncement(uploadJoined(outcome.file.name, outcome.file.size));
      onUploaded?.(outcome.file);
    }
    setSending(null);
    busyRef.current = false;
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Emptied so that choosing the same file again is a change too.
    input.value = '';
    if (busyRef.current || files.length === 0) return;
    void sendAll(multiple ? files : files.slice(0, 1));
  }

  function onClick(event: MouseEvent<HTMLInputElement>) {
    // Keeps the picker closed mid-upload without disabling the input (which would drop focus).
    if (busyRef.current) event.preventDefault();
  }

  function remove(file: Joined) {
    setJoined((before) => before.filter((other) => other.key !== file.key));
    setAnnouncement(uploadRemoved(file.name));
    inputRef.current?.focus();
  }

  const inputDescribedBy =
    [hint || showFormats ? hintId : null, describedBy, shownError ? errorId : null, refusals.length > 0 ? refusalId : null, current ? currentId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const hasError = Boolean(shownError) || refusals.length > 0;

  const body = (
    <>
      {hint || showFormats ? (
        <span id={hintId} className="hint">
          {hint}
          {hint && showFormats ? ' ' : null}
          {showFormats ? acceptedFilesHint(maxUploadMb) : null}
        </span>
      ) : null}
      {shownError ? (
        <span id={errorId} className="field-error">
          <span className="visually-hidden">Erreur : </span>
          {shownError}
        </span>
      ) : null}
      {/* Always in the page: an alert region that appears with its text is not always read. */}
      <div id={refusalId} role="alert">
        {refusals.map((refusal) => (
          <p key={refusal} className="field-error">
            <span className="visually-hidden">Erreur : </span>
            {refusal}
          </p>
        ))}
      </div>
      {current ? (
        <p id={currentId} className="file-field__current">
          <span className="tag tag-success">Fichier joint</span> {current.name}
          {current.size === undefined ? null : ` (${formatFileSize(current.size)})`}
          {name && current.id ? <input type="hidden" name={name} value={current.id} /> : null}
        </p>
      ) : null}
      <div className="file-field__picker">
        <input
          ref={inputRef}
          id={id}
          type="file"
          className="file-field__input"
          multiple={multiple}
          accept={ACCEPTED_FILE_TYPES}
          aria-describedby={inputDescribedBy}
          aria-invalid={hasError || undefined}
          aria-disabled={sending ? true : undefined}
          onClick={onClick}
          onChange={onChange}
        />
        <label htmlFor={id} className="btn-secondary file-field__button">
          {current ? 'Remplacer le fichier' : 'Choisir un fichier'}
          {buttonContext ? <span className="visually-hidden">{buttonContext}</span> : null}
        </label>
      </div>
      {sending ? (
        <p className="file-field__progress">
          <label htmlFor={progressId}>Envoi de « {sending.name} » en cours</label>
          <progress id={progressId} max={100} value={sending.percent}>
            {sending.percent} %
          </progress>{' '}
          <span aria-hidden="true">{sending.percent} %</span>
        </p>
      ) : null}
      {multiple && joined.length > 0 ? (
        <ul className="file-field__list" aria-label="Fichiers joints">
          {joined.map((file) => (
            <li key={file.key}>
              <span className="file-field__name">
                <span className="tag tag-success">Fichier joint</span> {file.name}
                {file.size === undefined ? null : ` (${formatFileSize(file.size)})`}
              </span>
              <button type="button" className="btn-link" onClick={() => remove(file)}>
                Retirer<span className="visually-hidden"> « {file.name} »</span>
              </button>
              {name && file.id ? <input type="hidden" name={name} value={file.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );

  const className = `field file-field${hasError ? ' field--error' : ''}`;
  if (!legend) return <div className={className}>{body}</div>;
  return (
    <div className={className}>
      <fieldset id={groupId} className="file-field__group">
        <legend>{legend}</legend>
        {body}
      </fieldset>
    </div>
  );
}
