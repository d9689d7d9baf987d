import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseForm } from '@/lib/actions/parse-form';
import { FILE_UNAVAILABLE } from '@/lib/dossiers/dossier-failures';
import { complementAnswerSchema, postMessageSchema, replaceAttachmentSchema } from './dossier-follow-up';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from './limits';

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const dossierId = randomUUID();

describe('postMessageSchema (« Échanges », the applicant’s side)', () => {
  it('reads the text trimmed and every uploaded file id', () => {
    const files = [randomUUID(), randomUUID()];
    const parsed = parseForm(
      postMessageSchema,
      formData([['dossierId', dossierId], ['body', '  Voici le devis.  '], ...files.map((id): [string, string] => ['fileIds', id])]),
    );
    expect(parsed).toEqual({ success: true, data: { dossierId, body: 'Voici le devis.', fileIds: files } });
  });

  it('refuses an empty or too long message on its field, and too many or forged files', () => {
    const refused = (entries: [string, string][]) => {
      const parsed = parseForm(postMessageSchema, formData([['dossierId', dossierId], ...entries]));
      return parsed.success ? {} : parsed.failure.fieldErrors;
    };
    expect(refused([['body', '   ']])).toEqual({ body: ['Saisissez votre message.'] });
    expect(refused([['body', 'x'.repeat(LONG_TEXT_MAX_LENGTH + 1)]])).toEqual({ body: [longTextTooLong('Le message')] });
    expect(refused([['body', 'Bonjour'], ...Array.from({ length: 11 }, (): [string, string] => ['fileIds', randomUUID()])])).toEqual({
      fileIds: ['Joignez au plus 10 fichiers.'],
    });
    expect(
      refused([
        ['body', 'Bonjour'],
        ['fileIds', '../../etc/passwd'],
      ]),
    ).toMatchObject({ fileIds: [expect.stringContaining('invalides')] });
  });

  it('needs the dossier’s id', () => {
    const parsed = parseForm(postMessageSchema, formData([['body', 'Bonjour']]));
    expect(parsed.success ? {} : parsed.failure.fieldErrors).toHaveProperty('dossierId');
  });
});

describe('complementAnswerSchema (« Répondre à la demande »)', () => {
  it('reads the version and the message, and keeps the answers named by field id for the domain', () => {
    const parsed = complementAnswerSchema.parse({ dossierId, version: '4', message: '  Le nom est précisé. ', 'nom-du-projet': 'Fête du moulin' });
    expect(parsed).toEqual({ dossierId, version: 4, message: 'Le nom est précisé.', 'nom-du-projet': 'Fête du moulin' });
  });

  it('refuses a version that is not a number and a too long message', () => {
    const parsed = parseForm(
      complementAnswerSchema,
      formData([
        ['dossierId', dossierId],
        ['version', 'abc'],
        ['message', 'x'.repeat(LONG_TEXT_MAX_LENGTH + 1)],
      ]),
    );
    expect(parsed.success ? {} : parsed.failure.fieldErrors).toEqual({
      version: ['Le formulaire est incomplet. Actualisez la page puis recommencez.'],
      message: [longTextTooLong('Le message')],
    });
  });
});

describe('replaceAttachmentSchema', () => {
  it('refuses a file id that is not one with the words of an unavailable file', () => {
    const parsed = parseForm(
      replaceAttachmentSchema,
      formData([
        ['attachmentId', randomUUID()],
        ['fileId', 'pas-un-id'],
      ]),
    );
    expect(parsed.success ? {} : parsed.failure.fieldErrors).toEqual({ fileId: [FILE_UNAVAILABLE] });
  });
});
