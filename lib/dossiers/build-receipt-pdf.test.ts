import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildReceiptPdf } from './build-receipt-pdf';

const content = {
  number: '2026-000123',
  procedureTitle: 'Subvention de fonctionnement aux associations',
  submittedAt: '29 novembre 2026 à 11 h 42',
  applicant: 'Camille Martin',
  profile: 'Les Amis du Vieux Moulin',
  answers: [{ label: 'Montant demandé', value: '1\u202f500,00\u00a0€' }],
  documents: [{ label: 'Relevé d’identité bancaire', files: ['rib.pdf'] }],
};

describe('buildReceiptPdf', () => {
  it('makes a PDF titled with the number', async () => {
    const pdf = await PDFDocument.load(await buildReceiptPdf(content));
    expect(pdf.getTitle()).toBe('Récépissé de dépôt 2026-000123');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('does not fail on characters Helvetica cannot encode, nor on long answers (new pages)', async () => {
    const long = Array.from({ length: 400 }, (_, index) => `ligne ${index} → 😀 ✓ 中文`).join('\n');
    const bytes = await buildReceiptPdf({
      ...content,
      answers: [
        { label: 'Présentation 🎉', value: long },
        { label: 'URL', value: 'x'.repeat(500) },
      ],
    });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
  });
});
