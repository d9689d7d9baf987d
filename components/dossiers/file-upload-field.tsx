'use client';

import { useId, useRef, useState } from 'react';
import { formatFileSize } from '@/lib/format/file-size';

// « Choisir un fichier »: each chosen file is sent at once to POST /api/fichiers (streamed,
// checked by the server), with a visible <progress>; the form then carries only the ids of the
// accepted uploads (hidden inputs). A refused file shows the server's French reason.

export type UploadedFile = { id: string; name: string; size: number };

type Upload = { key: string; name: string; progress: number; error?: string; file?: UploadedFile };

type FileUploadFieldProps = {
  id: string;
  /** Name of the hidden inputs carrying the ids. */
  name: string;
  label?: string;
  hint?: string;
  multiple?: boolean;
  error?: string;
  onUploaded?: (file: UploadedFile) => void;
};

function sendFile(file: File, onProgress: (ratio: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/fichiers');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { id?: string; name?: string; size?: number; error?: string } | null;
      if (request.status === 201 && body?.id) resolve({ id: body.id, name: body.name ?? file.name, size: body.size ?? file.size });
      else reject(new Error(body?.error ?? 'Le fichier n’a pas pu être envoyé. Réessayez.'));
    };
    request.onerror = () => reject(new Error('Le fichier n’a pas pu être envoyé : vérifiez votre connexion puis réessayez.'));
    const body = new FormData();
    body.append('fichier', file);
    request.send(body);
  });
}

export function FileUploadField({ id, name, label = 'Choisir un fichier', hint, multiple, error, onUploaded }: FileUploadFieldProps) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const hintId = `${id}-indication`;
  const errorId = `${id}-erreur`;

  function update(key: string, change: Partial<Upload>) {
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  }

  function start(files: FileList | null) {
    if (!files) return;
    const chosen = Array.from(files);
    const added = chosen.map((file, index) => ({ key: `${Date.now()}-${index}-${file.name}`, name: file.name, progress: 0 }));
    setUploads((current) => (multiple ? [...current, ...added] : added));
    chosen.forEach((file, index) => {
      const key = added[index].key;
      sendFile(file, (ratio) => update(key, { progress: ratio }))
        .then((uploaded) => {
          update(key, { progress: 1, file: uploaded });
          onUploaded?.(uploaded);
        })
        .catch((failure: Error) => update(key, { error: failure.message }));
    });
    if (inputRef.current) inputRef.current.value = '';
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        type="file"
        multiple={multiple}
        accept="application/pdf,image/*"
        aria-describedby={describedBy}
        onChange={(event) => start(event.target.files)}
      />
      <ul className="upload-list" aria-live="polite" id={statusId}>
        {uploads.map((upload) => (
          <li key={upload.key}>
            <span>{upload.name}</span>{' '}
            {upload.error ? (
              <span className="field-error">{upload.error}</span>
            ) : upload.file ? (
              <span>
                envoyé ({formatFileSize(upload.file.size)})
                <input type="hidden" name={name} value={upload.file.id} />
              </span>
            ) : (
              <progress max={1} value={upload.progress} aria-label={`Envoi de ${upload.name}`}>
                {Math.round(upload.progress * 100)} %
              </progress>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
