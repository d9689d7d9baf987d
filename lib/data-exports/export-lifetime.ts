/** An archive can be downloaded for 7 days after it is ready, then the worker deletes it. */
export const EXPORT_LIFETIME_DAYS = 7;
export const EXPORT_LIFETIME_MS = EXPORT_LIFETIME_DAYS * 24 * 60 * 60 * 1000;
