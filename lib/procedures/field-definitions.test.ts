import { describe, expect, it } from 'vitest';
import { documentListSchema, fieldDefinitionSchema, fieldListSchema } from './field-definitions';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

describe('fieldDefinitionSchema', () => {
  it('accepts one definition of every type', () => {
    const fields = [
      { id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true, maxLength: 120 },
      { id: 'description', type: 'paragraph', label: 'Description', help: 'En quelques lignes', required: true },
      { id: 'participants', type: 'number', label: 'Participants', required: false, min: 1, max: 500, integer: true },
      { id: 'montant', type: 'amount', label: 'Montant demandé', required: true, min: 100, max: 15000.5 },
      { id: 'debut', type: 'date', label: 'Début', required: true, min: '2026-01-01', max: '2027-12-31' },
      { id: 'courriel', type: 'email', label: 'Courriel', required: true },
      { id: 'telephone', type: 'phone', label: 'Téléphone', required: false },
      { id: 'discipline', type: 'choice', label: 'Discipline', required: true, choices: ['Football', 'Judo'] },
      { id: 'premiere', type: 'yesno', label: 'Première demande ?', required: true },
      { id: 'siret', type: 'siret', label: 'SIRET', required: false },
      { id: 'rna', type: 'rna', label: 'RNA', required: false },
      { id: 'adresse', type: 'address', label: 'Adresse du lieu', required: true },
      { id: 'nom', type: 'fullname', label: 'Nom et prénom', required: true },
      { id: 'budget', type: 'section', label: 'Budget prévisionnel' },
    ];
    const parsed = fieldListSchema.parse(fields);
    expect(parsed).toHaveLength(14);
    expect(parsed.at(-1)).toEqual({ id: 'budget', type: 'section', label: 'Budget prévisionnel', required: false });
  });

  it.each([
    [{ id: 'x', type: 'unknown', label: 'X', required: true }, 'type: Choisissez le type du champ'],
    [{ id: 'x', type: 'text', label: '  ', required: true }, 'label: Saisissez le libellé'],
    [{ id: 'x', type: 'text', label: 'Deux\nlignes', required: true }, 'label: Saisissez le libellé sur une seule ligne'],
    [{ id: 'X Y', type: 'text', label: 'X', required: true }, 'id: Identifiant de champ invalide'],
    [{ id: 'x', type: 'text', label: 'X', required: true, maxLength: 0 }, 'maxLength: La longueur maximale doit être d’au moins 1 caractère'],
    [{ id: 'x', type: 'number', label: 'X', required: true, min: 10, max: 2 }, 'max: La valeur maximale doit être supérieure ou égale à la valeur minimale'],
    [{ id: 'x', type: 'amount', label: 'X', required: true, min: -5 }, 'min: Un montant ne peut pas être négatif'],
    [{ id: 'x', type: 'amount', label: 'X', required: true, max: 10.005 }, 'max: Un montant a au plus 2 décimales (les centimes)'],
    [{ id: 'x', type: 'date', label: 'X', required: true, min: '2027-01-01', max: '2026-01-01' }, 'max: La date maximale doit être après la date minimale'],
    [{ id: 'x', type: 'date', label: 'X', required: true, min: '31/12/2026' }, 'min: Saisissez une date complète, par exemple 31/12/2026'],
    [{ id: 'x', type: 'choice', label: 'X', required: true, choices: ['Seul'] }, 'choices: Saisissez au moins 2 choix, un par ligne'],
    [{ id: 'x', type: 'choice', label: 'X', required: true, choices: ['A', 'A'] }, 'choices: Chaque choix doit être différent des autres'],
    [{ id: 'x', type: 'choice', label: 'X', required: true, choices: ['A', 'B'], multiple: true }, 'multiple'],
    [{ id: 'x', type: 'yesno', label: 'X' }, 'required'],
  ])('refuses %j', (definition, expected) => {
    const result = fieldDefinitionSchema.safeParse(definition);
    expect(result.success).toBe(false);
    expect(messages(result).join(' | ')).toContain(expected.split(':')[0]);
    if (expected.includes(':')) expect(messages(result)).toContain(expected);
  });

  it('refuses two fields with the same id, and documents likewise', () => {
    const twice = [
      { id: 'montant', type: 'amount', label: 'Montant', required: true },
      { id: 'montant', type: 'text', label: 'Autre', required: false },
    ];
    expect(messages(fieldListSchema.safeParse(twice))).toEqual(['1.id: Identifiant en double : montant']);
    const documents = [
      { id: 'rib', label: 'RIB', required: true },
      { id: 'rib', label: 'Autre RIB', required: false },
    ];
    expect(messages(documentListSchema.safeParse(documents))).toEqual(['1.id: Identifiant en double : rib']);
  });

  it('drops unknown properties (a forged `html` or `onclick` never reaches storage)', () => {
    const parsed = fieldDefinitionSchema.parse({ id: 'x', type: 'email', label: 'X', required: true, html: '<b>', onclick: 'alert(1)' });
    expect(parsed).toEqual({ id: 'x', type: 'email', label: 'X', required: true });
  });
});
