import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from './answers-schema';
import { fieldListSchema } from './field-definitions';

const fields = fieldListSchema.parse([
  { id: 'projet', type: 'text', label: 'Nom du projet', required: true, maxLength: 20 },
  { id: 'resume', type: 'paragraph', label: 'Résumé', required: false, maxLength: 50 },
  { id: 'participants', type: 'number', label: 'Participants', required: false, min: 1, max: 500, integer: true },
  { id: 'montant', type: 'amount', label: 'Montant demandé', required: true, min: 100, max: 15000 },
  { id: 'debut', type: 'date', label: 'Date de début', required: false, min: '2026-01-01', max: '2027-12-31' },
  { id: 'courriel', type: 'email', label: 'Courriel du responsable', required: false },
  { id: 'telephone', type: 'phone', label: 'Téléphone', required: false },
  { id: 'discipline', type: 'choice', label: 'Discipline', required: true, choices: ['Football', 'Judo'] },
  { id: 'premiere', type: 'yesno', label: 'Première demande', required: true },
  { id: 'siret', type: 'siret', label: 'SIRET', required: false },
  { id: 'rna', type: 'rna', label: 'RNA', required: false },
  { id: 'adresse', type: 'address', label: 'Adresse', required: false },
  { id: 'nom', type: 'fullname', label: 'Nom et prénom', required: false },
  { id: 'budget', type: 'section', label: 'Budget' },
]);

const schema = buildAnswersSchema(fields);
const minimal = { projet: 'Fête du village', montant: '1 500', discipline: 'Judo', premiere: 'non' };

function errorsOf(answers: Record<string, unknown>) {
  const result = schema.safeParse(answers);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

// Amounts are formatted by Intl: a non-breaking space before €, a narrow one between thousands.
describe('buildAnswersSchema', () => {
  it('accepts the required answers and returns typed values, null for the empty optional ones', () => {
    expect(schema.parse({ ...minimal, budget: 'ignored', forged: 'x' })).toEqual({
      projet: 'Fête du village',
      resume: null,
      participants: null,
      montant: 1500,
      debut: null,
      courriel: null,
      telephone: null,
      discipline: 'Judo',
      premiere: false,
      siret: null,
      rna: null,
      adresse: null,
      nom: null,
    });
  });

  it('normalises every type as it will be stored', () => {
    const parsed = schema.parse({
      ...minimal,
      montant: '1 234,5 €',
      participants: '42',
      debut: '14/07/2026',
      courriel: 'Jeanne.Martin@Exemple.FR',
      telephone: '+33 6 12 34 56 78',
      premiere: 'oui',
      siret: '732 829 320 00074',
      rna: 'w751234567',
      adresse: '1 place de la Mairie, 25000 Besançon',
      nom: '  Jeanne Martin ',
    });
    expect(parsed).toMatchObject({
      montant: 1234.5,
      participants: 42,
      debut: '2026-07-14',
      courriel: 'jeanne.martin@exemple.fr',
      telephone: '06 12 34 56 78',
      premiere: true,
      siret: '73282932000074',
      rna: 'W751234567',
      nom: 'Jeanne Martin',
    });
  });

  it('says which required answer is missing', () => {
    expect(errorsOf({})).toEqual({
      projet: 'Renseignez « Nom du projet »',
      montant: 'Renseignez « Montant demandé »',
      discipline: 'Choisissez une réponse pour « Discipline »',
      premiere: 'Choisissez une réponse pour « Première demande »',
    });
  });

  it.each([
    ['projet', 'x'.repeat(21), '« Nom du projet » doit contenir au plus 20 caractères'],
    ['resume', 'x'.repeat(51), '« Résumé » doit contenir au plus 50 caractères'],
    ['participants', 'beaucoup', '« Participants » doit être un nombre, par exemple 12 ou 12,5'],
    ['participants', '2,5', '« Participants » doit être un nombre entier'],
    ['participants', '0', '« Participants » doit être supérieur ou égal à 1'],
    ['participants', '501', '« Participants » doit être inférieur ou égal à 500'],
    ['montant', '12,345', '« Montant demandé » a au plus 2 chiffres après la virgule (les centimes)'],
    ['montant', '99', '« Montant demandé » doit être d’au moins 100,00\u00a0€'],
    ['montant', '15000,01', '« Montant demandé » doit être d’au plus 15\u202f000,00\u00a0€'],
    ['debut', '31/02/2026', '« Date de début » doit être une date valide, par exemple 31/12/2026'],
    ['debut', '2025-12-31', '« Date de début » doit être le 01/01/2026 ou après'],
    ['debut', '2028-01-01', '« Date de début » doit être le 31/12/2027 ou avant'],
    ['courriel', 'jeanne@', 'Saisissez une adresse courriel valide pour « Courriel du responsable », par exemple nom@exemple.fr'],
    ['telephone', '12 34', 'Saisissez un numéro de téléphone valide pour « Téléphone », par exemple 01 23 45 67 89'],
    ['discipline', 'Rugby', 'Choisissez une des réponses proposées pour « Discipline »'],
    ['premiere', 'peut-être', 'Répondez « Oui » ou « Non » à « Première demande »'],
    ['siret', '73282932000075', 'Saisissez un numéro SIRET valide pour « SIRET » : 14 chiffres, par exemple 123 456 789 00012'],
    ['siret', '7328293200007', 'Saisissez un numéro SIRET valide pour « SIRET » : 14 chiffres, par exemple 123 456 789 00012'],
    ['nom', 'x'.repeat(201), '« Nom et prénom » doit contenir au plus 200 caractères'],
    ['rna', 'W12345', 'Saisissez un numéro RNA valide pour « RNA » : la lettre W suivie de 9 chiffres, par exemple W751234567'],
  ])('refuses %s = %j', (field, value, message) => {
    expect(errorsOf({ ...minimal, [field]: value })).toEqual({ [field]: message });
  });

  it('accepts the bounds themselves', () => {
    expect(errorsOf({ ...minimal, montant: '15000', participants: '500', debut: '2027-12-31' })).toEqual({});
  });
});
