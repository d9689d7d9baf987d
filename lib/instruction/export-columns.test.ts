import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '@/lib/procedures/field-definitions';
import { answerColumns, exportHeader, exportRow, formatExportAnswer, type ExportedDossier } from './export-columns';

const latest: FieldDefinition[] = [
  { id: 'section-1', type: 'section', label: 'Le projet', required: false },
  { id: 'nom', type: 'text', label: 'Nom du projet (nouveau libellé)', required: true },
  { id: 'montant', type: 'amount', label: 'Montant demandé', required: true },
  { id: 'debut', type: 'date', label: 'Date de début', required: false },
  { id: 'public', type: 'yesno', label: 'Ouvert au public', required: false },
  { id: 'domaine', type: 'choice', label: 'Domaine', required: true, choices: ['Culture', 'Sport'] },
  { id: 'participants', type: 'number', label: 'Participants', required: false },
];
const older: FieldDefinition[] = [
  { id: 'nom', type: 'text', label: 'Nom du projet', required: true },
  { id: 'ancien', type: 'text', label: 'Ancienne question', required: false },
];

const dossier: ExportedDossier = {
  number: '2026-000042',
  status: 'ACCEPTE',
  submittedAt: new Date('2026-03-01T10:00:00Z'),
  decidedAt: new Date('2026-03-31T22:30:00Z'),
  answers: { nom: 'Fête du moulin', montant: 1500, debut: '2026-06-21', public: true, domaine: 'Culture', participants: 1200, ancien: '=1+1' },
  applicant: { firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@exemple.test' },
  profile: { name: 'Les Amis du moulin', siret: '12345678901234', rna: 'W123456789' },
  attachments: { total: 4, validated: 2, rejected: 1, pending: 1 },
};

describe('export columns', () => {
  it('takes the latest labels, skips sections, and keeps fields only older versions had', () => {
    const columns = answerColumns([latest, older]);
    expect(columns.map((field) => field.id)).toEqual(['nom', 'montant', 'debut', 'public', 'domaine', 'participants', 'ancien']);
    expect(exportHeader(columns)).toEqual([
      'Numéro',
      'Statut',
      'Déposé le',
      'Décidé le',
      'Demandeur',
      'Courriel',
      'Profil',
      'SIRET',
      'RNA',
      'Nom du projet (nouveau libellé)',
      'Montant demandé',
      'Date de début',
      'Ouvert au public',
      'Domaine',
      'Participants',
      'Ancienne question',
      'Justificatifs',
      'Justificatifs validés',
      'Justificatifs rejetés',
      'Justificatifs en attente',
    ]);
  });

  it('writes a dossier as French text: status label, Paris dates, amounts, yes/no, choices', () => {
    const row = exportRow(dossier, answerColumns([latest, older]));
    expect(row).toEqual([
      '2026-000042',
      'Accepté',
      '01/03/2026',
      '01/04/2026',
      'Martin Jeanne',
      'jeanne@exemple.test',
      'Les Amis du moulin',
      '12345678901234',
      'W123456789',
      'Fête du moulin',
      '1\u202f500,00\u00a0€',
      '21/06/2026',
      'Oui',
      'Culture',
      '1\u202f200',
      '=1+1',
      '4',
      '2',
      '1',
      '1',
    ]);
  });

  it('leaves empty cells for what is missing (no profile, no decision, unanswered fields)', () => {
    const row = exportRow(
      { ...dossier, status: 'DEPOSE', decidedAt: null, profile: null, answers: {}, attachments: { total: 0, validated: 0, rejected: 0, pending: 0 } },
      answerColumns([latest]),
    );
    expect(row).toEqual([
      '2026-000042',
      'Déposé',
      '01/03/2026',
      '',
      'Martin Jeanne',
      'jeanne@exemple.test',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('formats a false yes/no as « Non » and never shows « Non renseigné »', () => {
    const yesno = latest[4] as Extract<FieldDefinition, { type: 'yesno' }>;
    expect(formatExportAnswer(yesno, false)).toBe('Non');
    expect(formatExportAnswer(yesno, null)).toBe('');
  });
});
