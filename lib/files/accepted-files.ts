// What the file fields accept and how the limit is worded: pure, so the browser's field and the
// server's refusals say the same thing. The limit itself comes from the server's configuration.

/** The `accept` of every file input: iOS then converts HEIC photos to JPEG. The server checks the real type anyway. */
export const ACCEPTED_FILE_TYPES = 'application/pdf,image/png,image/jpeg,image/webp';

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** MAX_UPLOAD_MB as people read it: « 20 Mo », « 2,5 Mo ». */
export function formatUploadLimit(maxMb: number): string {
  return `${megabytes.format(maxMb)} Mo`;
}

/** Said once, before choosing: « PDF ou image (PNG, JPEG, WebP), 20 Mo au plus. » */
export function acceptedFilesHint(maxMb: number): string {
  return `PDF ou image (PNG, JPEG, WebP), ${formatUploadLimit(maxMb)} au plus.`;
}

export function fileTooLargeMessage(maxMb: number): string {
  return `Le fichier dépasse la taille maximale de ${formatUploadLimit(maxMb)}.`;
}

/** MAX_UPLOAD_MB is in mebibytes. */
export function maxUploadBytes(maxMb: number): number {
  return Math.floor(maxMb * 1024 * 1024);
}
