import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from './sanitize-file-name';

describe('sanitizeFileName', () => {
  it('keeps only the last path segment', () => {
    expect(sanitizeFileName('C:\\Documents\\avis d’imposition.pdf', 'pdf')).toBe('avis d’imposition.pdf');
    expect(sanitizeFileName('../../etc/passwd.png', 'png')).toBe('passwd.png');
  });

  it('removes control characters and bidirectional overrides', () => {
    expect(sanitizeFileName('facture\u202Efdp.exe', 'pdf')).toBe('facturefdp.exe');
    expect(sanitizeFileName('a\r\nb\u0000c.pdf', 'pdf')).toBe('abc.pdf');
  });

  it('names a file that has no usable name', () => {
    expect(sanitizeFileName('', 'pdf')).toBe('fichier.pdf');
    expect(sanitizeFileName('..', 'png')).toBe('fichier.png');
    expect(sanitizeFileName('dossier/', 'jpg')).toBe('fichier.jpg');
  });

  it('shortens long names to 200 characters, keeping the extension', () => {
    const name = sanitizeFileName(`${'é'.repeat(300)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('é.pdf')).toBe(true);
  });
});
