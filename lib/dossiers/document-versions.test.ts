import { describe, expect, it } from 'vitest';
import { documentVersions } from './document-versions';

describe('documentVersions', () => {
  it('splits one document’s justificatifs into the current file and the replaced ones', () => {
    const attachments = [
      { id: 'a1', documentId: 'rib', replacedById: 'a2' },
      { id: 'a2', documentId: 'rib', replacedById: null },
      { id: 'b1', documentId: 'statuts', replacedById: null },
    ];
    expect(documentVersions(attachments, 'rib')).toEqual({ current: attachments[1], replaced: [attachments[0]] });
    expect(documentVersions(attachments, 'budget')).toEqual({ current: undefined, replaced: [] });
  });
});
