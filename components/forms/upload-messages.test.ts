import { describe, expect, it } from 'vitest';
import { uploadJoined, uploadRefused, uploadRemoved, uploadStarted } from './upload-messages';

describe('upload announcements', () => {
  it('name the file at each step', () => {
    expect(uploadStarted('rib.pdf')).toBe('Envoi de « rib.pdf » en cours…');
    expect(uploadJoined('rib.pdf', 120_000)).toBe('« rib.pdf » est joint (120 ko).');
    expect(uploadJoined('rib.pdf')).toBe('« rib.pdf » est joint.');
    expect(uploadRefused('virus.exe', 'Le fichier est vide.')).toBe('« virus.exe » : Le fichier est vide.');
    expect(uploadRemoved('scan.webp')).toBe('« scan.webp » est retiré.');
  });
});
