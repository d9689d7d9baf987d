// Where to go after signing in. The `retour` parameter comes from the URL, so only a path of
// this site is accepted: « //evil.example » or « /\evil.example » would leave it (open redirect).

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Control characters and backslashes: browsers strip or convert them, which can turn a path into a host.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return null;
  return value;
}

export function homePathFor(role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN'): string {
  return role === 'USAGER' ? '/mon-compte' : '/instruction';
}
