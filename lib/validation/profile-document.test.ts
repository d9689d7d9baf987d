import { describe, expect, it } from 'vitest';
import { addProfileDocumentSchema, saveJustificatifToProfileSchema, VALID_UNTIL_MISSING } from './profile-document';

const ids = { profileId: '0b0f4c1e-7d7a-4c5e-9a55-3f1c8f3a2b10', fileId: '1b0f4c1e-7d7a-4c5e-9a55-3f1c8f3a2b10' };

describe('addProfileDocumentSchema', () => {
  it('asks « Valable jusqu’au » only for the types that expire', () => {
    expect(addProfileDocumentSchema.parse({ ...ids, type: 'RIB', validUntil: '' })).toEqual({ ...ids, type: 'RIB', validUntil: null });
    const accounts = addProfileDocumentSchema.safeParse({ ...ids, type: 'COMPTES_APPROUVES', validUntil: '' });
    expect(accounts.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['validUntil'], VALID_UNTIL_MISSING]]);
    expect(addProfileDocumentSchema.parse({ ...ids, type: 'COMPTES_APPROUVES', validUntil: '31/12/2027' }).validUntil).toBe('2027-12-31');
  });

  it('refuses an unknown type, a missing file and a date that does not exist', () => {
    const result = addProfileDocumentSchema.safeParse({ profileId: ids.profileId, type: 'PASSEPORT', validUntil: '31/02/2027' });
    expect(Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [])).toEqual({
      type: 'Choisissez le type de document',
      fileId: 'Choisissez le fichier à envoyer',
      validUntil: 'Saisissez une date valide, par exemple 31/12/2027, ou laissez vide',
    });
  });
});

describe('saveJustificatifToProfileSchema', () => {
  it('reads the draft, the démarche’s document and an optional date', () => {
    expect(saveJustificatifToProfileSchema.parse({ dossierId: ids.profileId, documentId: 'rib' })).toEqual({
      dossierId: ids.profileId,
      documentId: 'rib',
      validUntil: null,
    });
  });
});
