import { fileTypeFromBuffer } from 'file-type';

// Never from the name nor from the Content-Type the browser sent (ASVS 5.2.2).

export type AcceptedType = { mime: AcceptedMime; ext: string };

const ACCEPTED = {
  'application/pdf': { ext: 'pdf', extensions: ['pdf'] },
  'image/png': { ext: 'png', extensions: ['png'] },
  'image/jpeg': { ext: 'jpg', extensions: ['jpg', 'jpeg'] },
  'image/webp': { ext: 'webp', extensions: ['webp'] },
} as const;

export type AcceptedMime = keyof typeof ACCEPTED;

/** How many leading bytes detection needs (file-type's own sample size). */
export const DETECTION_BYTES = 4100;

export function isAcceptedMime(mime: string): mime is AcceptedMime {
  return Object.hasOwn(ACCEPTED, mime);
}

export async function detectAcceptedType(head: Uint8Array): Promise<AcceptedType | null> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected || !isAcceptedMime(detected.mime)) return null;
  return { mime: detected.mime, ext: ACCEPTED[detected.mime].ext };
}

/** `scan.PDF` agrees with application/pdf, `photo.jpeg` with image/jpeg; no extension agrees with nothing. */
export function extensionMatches(fileName: string, mime: AcceptedMime): boolean {
  const match = /\.([^./\\]+)$/.exec(fileName);
  if (!match) return false;
  return (ACCEPTED[mime].extensions as readonly string[]).includes(match[1].toLowerCase());
}
