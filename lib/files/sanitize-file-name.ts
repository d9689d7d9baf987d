// The client's file name is only ever shown back (lists, Content-Disposition), never used as a
// path or key. Still: keep the last path segment only (old browsers send `C:\…\scan.pdf`), drop
// control characters and bidirectional overrides (`facture‮fdp.exe` displays as `…exe.pdf`),
// and keep it short with its extension.

export const MAX_FILE_NAME_LENGTH = 200;

// C0/C1 controls, DEL, and Unicode bidi embeddings/overrides/isolates and marks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeFileName(raw: string, fallbackExtension: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE, '').trim();
  const name = cleaned === '' || /^\.+$/.test(cleaned) ? `fichier.${fallbackExtension}` : cleaned;
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length > 20) return characters.slice(0, MAX_FILE_NAME_LENGTH).join('');
  return (
    characters
      .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  );
}
