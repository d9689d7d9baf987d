import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkPdf, type PdfCheck } from './check-pdf';
import { DETECTION_BYTES, detectAcceptedType, extensionMatches, type AcceptedMime } from './detect-type';
import { FileTooLargeError, HashingStream } from './hashing-stream';
import { DamagedImageError, ImageTooLargeError, reencodeImage, type ImageMime } from './reencode-image';
import { sanitizeFileName } from './sanitize-file-name';
import { maxUploadBytes } from './accepted-files';
import { UPLOAD_TEMP_PREFIX, type UploadLimits } from './upload-limits';
import { refuseUpload, type UploadRefusal, type UploadRefusalCode } from './upload-refusals';

// docs/security.md §3 and docs/decisions/010-file-storage-and-checks.md.

export type InspectedUpload = {
  ok: true;
  /** The checked (for images: re-encoded) file, to give to storeUpload, which removes it. */
  tempPath: string;
  mime: AcceptedMime;
  ext: string;
  size: number;
  sha256: string;
  originalName: string;
};

export type UploadInspection = InspectedUpload | UploadRefusal;

const PDF_REFUSALS: Record<Exclude<PdfCheck, 'ok'>, UploadRefusalCode> = {
  encrypted: 'pdf-encrypted',
  'active-content': 'pdf-active-content',
  damaged: 'damaged',
  'too-complex': 'pdf-too-complex',
  'trailing-data': 'pdf-trailing-data',
};

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(DETECTION_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECTION_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hashing = new HashingStream();
  await pipeline(createReadStream(file), hashing, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  return { size: hashing.size, sha256: hashing.sha256 };
}

async function replaceWithReencodedImage(tempPath: string, mime: ImageMime): Promise<{ size: number; sha256: string } | UploadRefusalCode> {
  const output = `${tempPath}-reencoded`;
  try {
    await reencodeImage(tempPath, output, mime);
    await rename(output, tempPath);
  } catch (error) {
    await rm(output, { force: true });
    if (error instanceof ImageTooLargeError) return 'image-too-large';
    if (error instanceof DamagedImageError) return 'damaged';
    throw error;
  }
  return hashFile(tempPath);
}

async function examine(tempPath: string, received: { size: number; sha256: string }, rawName: string, maxMb: number): Promise<UploadInspection> {
  if (received.size === 0) return refuseUpload('empty', maxMb);
  const type = await detectAcceptedType(await readHead(tempPath));
  if (!type) return refuseUpload('type-refused', maxMb);
  const originalName = sanitizeFileName(rawName, type.ext);
  if (!extensionMatches(originalName, type.mime)) return refuseUpload('extension-mismatch', maxMb);

  if (type.mime === 'application/pdf') {
    // pdf-lib needs the whole document; it is at most MAX_UPLOAD_MB.
    const check = await checkPdf(await readFile(tempPath));
    if (check !== 'ok') return refuseUpload(PDF_REFUSALS[check], maxMb);
    return { ok: true, tempPath, ...type, ...received, originalName };
  }

  const reencoded = await replaceWithReencodedImage(tempPath, type.mime);
  if (typeof reencoded === 'string') return refuseUpload(reencoded, maxMb);
  return { ok: true, tempPath, ...type, ...reencoded, originalName };
}

/** Refusals are returned, other failures (client gone, disk full) thrown; only an accepted file is left behind. */
export async function inspectUpload(source: Readable, fileName: string, limits: UploadLimits): Promise<UploadInspection> {
  await mkdir(limits.tmpDir, { recursive: true, mode: 0o700 });
  const tempPath = path.join(limits.tmpDir, `${UPLOAD_TEMP_PREFIX}${randomUUID()}`);
  let accepted = false;
  try {
    const hashing = new HashingStream({ maxBytes: maxUploadBytes(limits.maxMb) });
    // Opened before streaming: createWriteStream alone opens lazily, so an upload that breaks off
    // at once could make the file appear after the cleanup below has run.
    const output = await open(tempPath, 'wx', 0o600);
    try {
      await pipeline(source, hashing, output.createWriteStream());
    } catch (error) {
      if (error instanceof FileTooLargeError) return refuseUpload('too-large', limits.maxMb);
      throw error;
    }
    const result = await examine(tempPath, { size: hashing.size, sha256: hashing.sha256 }, fileName, limits.maxMb);
    accepted = result.ok;
    return result;
  } finally {
    if (!accepted) await rm(tempPath, { force: true });
  }
}
