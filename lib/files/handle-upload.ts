import 'server-only';
import { rm } from 'node:fs/promises';
import { getScanner, type Scanner } from '@/lib/antivirus';
import { scanUpload } from '@/lib/antivirus/scan-upload';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';
import { isSameOriginRequest } from '@/lib/security/same-origin';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { inspectUpload, type UploadInspection } from './inspect-upload';
import { MalformedMultipartError, MalformedPartHeaderError, readMultipartFile, UploadInterruptedError } from './read-multipart-file';
import { recordStoredFile } from './record-stored-file';
import { storeUpload } from './store-upload';
import { maxUploadBytes } from './accepted-files';
import { uploadLimitsFrom, type UploadLimits } from './upload-limits';
import { checkUploadQuota, DEFAULT_UPLOAD_QUOTA, lockUploadQuota, type QuotaRefusal, uploadQuotaFrom } from './upload-quota';
import { refusalMessage, type UploadRefusalCode } from './upload-refusals';

// The file is recorded unattached; the form that uploads it later sends the returned id with the
// dossier, which attaches it.

export const UPLOAD_FIELD = 'file';

// Room for the multipart boundaries and part headers around the file in Content-Length.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type UploadedFileDto = { id: string; name: string; size: number; mime: string };

export type UploadDependencies = { storage?: StorageDriver; limits?: UploadLimits; scanner?: Scanner | null };

const STATUS_OF_REFUSAL: Partial<Record<UploadRefusalCode, number>> = {
  'too-large': 413,
  'type-refused': 415,
  'extension-mismatch': 415,
  infected: 422,
  'scan-limit': 422,
};

const MESSAGES = {
  foreignOrigin: 'Requête refusée : elle ne provient pas de ce site.',
  notMultipart: 'Envoyez le fichier avec le formulaire de dépôt.',
  noFile: 'Aucun fichier reçu : choisissez un fichier.',
  interrupted: 'L’envoi du fichier a été interrompu. Réessayez.',
  controlCharactersInName: 'Le nom du fichier contient des caractères de contrôle (invisibles) : renommez le fichier, puis déposez-le de nouveau.',
  storageDown: 'Le fichier n’a pas pu être enregistré. Réessayez dans quelques instants.',
};

const failure = (status: number, message: string) => Response.json({ error: message }, { status });

const quotaFailure = (refusal: QuotaRefusal) =>
  Response.json(
    { error: refusal.message },
    { status: refusal.status, headers: refusal.retryAfterSeconds ? { 'Retry-After': String(refusal.retryAfterSeconds) } : undefined },
  );

/** Thrown inside the recording transaction to roll it back. */
class QuotaExceededError extends Error {
  constructor(readonly refusal: QuotaRefusal) {
    super(refusal.message);
    this.name = 'QuotaExceededError';
  }
}

export async function handleUpload(request: Request, viewer: { id: string }, dependencies: UploadDependencies = {}): Promise<Response> {
  const limits = dependencies.limits ?? uploadLimitsFrom(env, uploadQuotaFrom(env));
  const quota = limits.quota ?? DEFAULT_UPLOAD_QUOTA;
  const storage = dependencies.storage ?? getStorage();
  const scanner = dependencies.scanner === undefined ? getScanner() : dependencies.scanner;
  const ip = getClientIp(request.headers, env.TRUST_PROXY);

  if (!isSameOriginRequest(request.headers, env.APP_URL)) return failure(403, MESSAGES.foreignOrigin);
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get('content-type') ?? '')) return failure(415, MESSAGES.notMultipart);
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxUploadBytes(limits.maxMb) + MULTIPART_OVERHEAD_BYTES) return failure(413, refusalMessage('too-large', limits.maxMb));
  const who = { ownerId: viewer.id, ip };
  // Before reading the body: the file's size is not known yet, Content-Length (or nothing) stands for it.
  const overQuota = await checkUploadQuota(who, Number.isFinite(declared) ? Math.max(0, declared - MULTIPART_OVERHEAD_BYTES) : 0, quota);
  if (overQuota) return quotaFailure(overQuota);

  let inspection: UploadInspection;
  try {
    const read = await readMultipartFile(request, UPLOAD_FIELD, maxUploadBytes(limits.maxMb), (file, name) => inspectUpload(file, name, limits));
    if (!read.received) return failure(400, MESSAGES.noFile);
    inspection = read.result;
  } catch (error) {
    if (error instanceof MalformedPartHeaderError) return failure(400, MESSAGES.controlCharactersInName);
    if (error instanceof UploadInterruptedError || error instanceof MalformedMultipartError) return failure(400, MESSAGES.interrupted);
    throw error;
  }

  if (!inspection.ok) {
    await db.$transaction((tx) => recordAudit(tx, { actorId: viewer.id, action: 'file.refused', ip, details: { code: inspection.code } }));
    return failure(STATUS_OF_REFUSAL[inspection.code] ?? 400, inspection.message);
  }

  const scanned = await scanUpload(inspection.tempPath, scanner);
  if (scanned.infected) {
    await rm(inspection.tempPath, { force: true });
    await db.$transaction((tx) => recordAudit(tx, { actorId: viewer.id, action: 'file.infected', ip, details: { signature: scanned.signature } }));
    return failure(STATUS_OF_REFUSAL.infected!, refusalMessage('infected', limits.maxMb));
  }
  if ('beyondLimits' in scanned) {
    await rm(inspection.tempPath, { force: true });
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: viewer.id, action: 'file.refused', ip, details: { code: 'scan-limit', reason: scanned.beyondLimits } }),
    );
    return failure(STATUS_OF_REFUSAL['scan-limit']!, refusalMessage('scan-limit', limits.maxMb));
  }

  let stored: Awaited<ReturnType<typeof storeUpload>>;
  try {
    stored = await storeUpload(inspection, { storage });
  } catch (error) {
    console.error(`Stockage d’un fichier impossible : ${(error as Error).message}`);
    return failure(503, MESSAGES.storageDown);
  }

  try {
    const { id } = await db.$transaction(async (tx) => {
      await lockUploadQuota(tx, who);
      const row = await recordStoredFile(tx, { ...stored, ...scanned.scan, ownerId: viewer.id });
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'file.uploaded',
        targetType: 'StoredFile',
        targetId: row.id,
        ip,
        details: { mime: stored.mime, size: stored.size },
      });
      const refusal = await checkUploadQuota(who, stored.size, quota, { client: tx, alreadyCounted: true });
      if (refusal) throw new QuotaExceededError(refusal);
      return row;
    });
    const dto: UploadedFileDto = { id, name: stored.originalName, size: stored.size, mime: stored.mime };
    return Response.json(dto, { status: 201 });
  } catch (error) {
    // No row, so nothing may keep the object (the orphan purge would find it a day later).
    await storage.delete(stored.key).catch(() => undefined);
    if (error instanceof QuotaExceededError) return quotaFailure(error.refusal);
    console.error(`Enregistrement d’un fichier impossible : ${(error as Error).message}`);
    return failure(503, MESSAGES.storageDown);
  }
}
