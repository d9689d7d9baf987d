import { readFileSync } from 'node:fs';
import { env } from '@/lib/env';
import { fixturePath } from '@/e2e/fixtures/files/corpus';

// Requests as a browser would send them to POST /api/fichiers, for the integration tests.

export const UPLOAD_URL = `${env.APP_URL}/api/fichiers`;

/** `file.type` is the Content-Type the browser claims for the file (never trusted by the checks). */
export function uploadRequest(
  file: { bytes: Buffer; name: string; type?: string } | null,
  headers: Record<string, string> = { origin: env.APP_URL },
  field = 'fichier',
): Request {
  const form = new FormData();
  form.append('note', 'un champ qui n’est pas un fichier');
  if (file) form.append(field, new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }));
  return new Request(UPLOAD_URL, { method: 'POST', body: form, headers });
}

export function fixtureUpload(file: string, name = file, headers?: Record<string, string>): Request {
  return uploadRequest({ bytes: readFileSync(fixturePath(file)), name }, headers);
}

/** A multipart body that starts a file and then breaks off: `end: 'error'` like a dropped connection, `'close'` like a body cut short. */
export function brokenUploadRequest(end: 'error' | 'close'): Request {
  const boundary = '----guichet-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const chunks = [Buffer.from(head), readFileSync(fixturePath('attestation.pdf')).subarray(0, 400)];
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else if (end === 'error') controller.error(new Error('connexion perdue'));
      else controller.close();
    },
  });
  return new Request(UPLOAD_URL, {
    method: 'POST',
    body,
    headers: { origin: env.APP_URL, 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit);
}

/** A multipart body whose file name is written as is, raw bytes included (a browser escapes only CR, LF and `"`). */
export function rawNameUploadRequest(fileName: string, bytes: Buffer): Request {
  const boundary = '----guichet-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return new Request(UPLOAD_URL, { method: 'POST', body, headers: { origin: env.APP_URL, 'content-type': `multipart/form-data; boundary=${boundary}` } });
}
