// Sends one file to POST /api/fichiers, streamed and checked by the server. XMLHttpRequest,
// because fetch does not report upload progress. Never rejects: a refusal is an outcome.

export type UploadedFile = { id: string; name: string; size: number };

export type UploadOutcome = { ok: true; file: UploadedFile } | { ok: false; message: string };

export const UPLOAD_NETWORK_ERROR = 'L’envoi du fichier a échoué. Vérifiez votre connexion puis choisissez-le à nouveau.';

/** The field name that lib/files/handle-upload.ts reads. */
const UPLOAD_FIELD = 'file';

export function uploadFile(file: File, onProgress: (ratio: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/fichiers');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { id?: string; name?: string; size?: number; error?: string } | null;
      if (request.status === 201 && body?.id) resolve({ ok: true, file: { id: body.id, name: body.name ?? file.name, size: body.size ?? file.size } });
      else resolve({ ok: false, message: body?.error ?? UPLOAD_NETWORK_ERROR });
    };
    request.onerror = () => resolve({ ok: false, message: UPLOAD_NETWORK_ERROR });
    const body = new FormData();
    body.append(UPLOAD_FIELD, file);
    request.send(body);
  });
}
