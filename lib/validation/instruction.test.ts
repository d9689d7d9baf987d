import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issuesByField } from '@/lib/actions/parse-form';
import { instructionSchemas } from './instruction';

// The rules the browser shows before posting, and the action checks again.

function refusal(schema: z.ZodType, data: Record<string, unknown>) {
  const parsed = schema.safeParse(data);
  return parsed.success ? null : issuesByField(parsed.error.issues);
}

const dossierId = randomUUID();

describe('instructionSchemas', () => {
  it('asks for a motif to refuse or to close without follow-up, not to accept', () => {
    const posted = { dossierId, version: '3' };
    for (const decision of ['REFUSE', 'SANS_SUITE']) {
      expect(refusal(instructionSchemas.decision, { ...posted, decision, reason: '   ' })).toEqual({ reason: ['Saisissez le motif de la décision.'] });
    }
    expect(instructionSchemas.decision.parse({ ...posted, decision: 'ACCEPTE', reason: '', title: ' ', fileId: '' })).toEqual({
      dossierId,
      version: 3,
      decision: 'ACCEPTE',
      reason: undefined,
      title: undefined,
      fileId: undefined,
    });
    expect(refusal(instructionSchemas.decision, { ...posted, decision: 'REFUSE', reason: 'x'.repeat(5001) })).toEqual({
      reason: ['Le motif doit contenir au plus 5 000 caractères.'],
    });
  });

  it('asks for the motif of a rejected justificatif, not of a validated one', () => {
    const posted = { dossierId, attachmentId: randomUUID() };
    expect(refusal(instructionSchemas.review, { ...posted, decision: 'REJETE' })).toEqual({ reason: ['Saisissez le motif du rejet.'] });
    expect(refusal(instructionSchemas.review, { ...posted, decision: 'VALIDE' })).toBeNull();
  });

  it('asks for the title and the file of a document', () => {
    expect(refusal(instructionSchemas.document, { dossierId, title: ' ' })).toEqual({
      title: ['Saisissez le titre du document.'],
      fileId: ['Choisissez le fichier à envoyer.'],
    });
  });
});
