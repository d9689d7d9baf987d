// French typography: a non-breaking space (U+00A0) before « : ; ! ? » and inside « », so that
// « Statut : » or « » » never starts a line alone. Product texts are written with it; this puts it
// in texts made at run time from what people typed (titles, names) before emails and PDFs.

export const NBSP = '\u00a0';

const SPACE_BEFORE_PUNCTUATION = / +([:;!?])(?=\s|$|[)»"'’.,])/g;
const SPACE_AFTER_OPENING_QUOTE = /« +/g;
const SPACE_BEFORE_CLOSING_QUOTE = / +»/g;

export function frenchSpacing(text: string): string {
  return text.replace(SPACE_BEFORE_PUNCTUATION, `${NBSP}$1`).replace(SPACE_AFTER_OPENING_QUOTE, `«${NBSP}`).replace(SPACE_BEFORE_CLOSING_QUOTE, `${NBSP}»`);
}

/** The places where an ordinary space breaks French typography, for the checks over pages and sources. */
export function ordinarySpaceMistakes(text: string): string[] {
  const mistakes: string[] = [];
  // \s would match U+00A0 too: the ordinary spaces are named one by one.
  for (const pattern of [/\S[ \t\r\n]+[:;!?](?=\s|$)/g, /«[ \t\r\n]/g, /[ \t\r\n]»/g]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      mistakes.push(text.slice(Math.max(0, at - 25), at + match[0].length + 10));
    }
  }
  return mistakes;
}
