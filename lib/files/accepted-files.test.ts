import { describe, expect, it } from 'vitest';
import { acceptedFilesHint, fileTooLargeMessage, formatUploadLimit, maxUploadBytes } from './accepted-files';
import { refusalMessage } from './upload-refusals';

describe('accepted files', () => {
  it('words the limit the French way', () => {
    expect(formatUploadLimit(20)).toBe('20 Mo');
    expect(formatUploadLimit(2.5)).toBe('2,5 Mo');
    expect(acceptedFilesHint(20)).toBe('PDF ou image (PNG, JPEG, WebP), 20 Mo au plus.');
  });

  it('states the limit before choosing as the server refuses it', () => {
    expect(fileTooLargeMessage(20)).toBe('Le fichier dépasse la taille maximale de 20 Mo.');
    expect(refusalMessage('too-large', 20)).toBe(fileTooLargeMessage(20));
  });

  it('counts the limit in mebibytes', () => {
    expect(maxUploadBytes(20)).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes(0.5)).toBe(524_288);
  });
});
