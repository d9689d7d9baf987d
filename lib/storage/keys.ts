import { randomUUID } from 'node:crypto';
import { InvalidStorageKeyError } from './errors';

// Object keys are made by the server (ASVS 5.3.2): never from the client's file name, so no
// path traversal, no collision, nothing personal in a bucket listing.

export const FILES_PREFIX = 'files/';

// Slash-separated segments of [a-z0-9_-], each starting with a letter or digit: this rules out
// `..`, absolute paths, empty segments and anything a file system or S3 would read specially.
const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
const MAX_KEY_LENGTH = 512;

export function isValidKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY.test(key);
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new InvalidStorageKeyError(key);
}

/** A listing prefix: empty, or a valid key optionally followed by `/`. */
export function assertValidPrefix(prefix: string): void {
  if (prefix !== '' && !isValidKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix)) throw new InvalidStorageKeyError(prefix);
}

/** `files/2026/11/<uuid>`: the month groups objects for the orphan purge's listing. */
export function newFileKey(now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${FILES_PREFIX}${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

export function monthPrefix(date: Date): string {
  return `${FILES_PREFIX}${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/`;
}

/** Personal data archives (lib/data-exports): outside files/, so the orphan purge never lists them. */
export const EXPORTS_PREFIX = 'exports/';

/** `exports/<export id>/<uuid>`: a new object for each build, so two workers never write the same key. */
export function newExportKey(exportId: string): string {
  return `${EXPORTS_PREFIX}${exportId}/${randomUUID()}`;
}
