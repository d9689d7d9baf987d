/** The longest text a person writes in one field (a message, an answer, a motif, a note). */
export const LONG_TEXT_MAX_LENGTH = 5000;

export function longTextTooLong(what: string): string {
  return `${what} doit contenir au plus 5 000 caractères.`;
}
