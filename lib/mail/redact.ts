// Error text that may be stored (OutboxEmail.lastError) and logged: no credentials, bounded size.

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
// A failed AUTH may echo the base64 exchange in the command or the response.
const AUTH_EXCHANGE = /\bAUTH\s+(PLAIN|LOGIN|XOAUTH2|CRAM-MD5)\s+\S+/gi;
const MAX_LENGTH = 500;

/** The message (and code) of an error with URL credentials, AUTH exchanges and known secrets masked. */
export function describeErrorSafely(error: unknown, secrets: readonly string[] = []): string {
  const base = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  let text = code && !base.includes(code) ? `${code}: ${base}` : base;
  for (const secret of secrets) {
    // Short values (a one-letter user name…) would mask unrelated text and are not secrets.
    if (secret.length >= 4) text = text.split(secret).join('***');
  }
  text = text.replace(URL_CREDENTIALS, '$1***@').replace(AUTH_EXCHANGE, 'AUTH $1 ***');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
