import { describe, expect, it } from 'vitest';
import { formatProcessingTime } from '@/lib/procedures/processing-time';
import { procedureInfoSchema } from './procedure';

const info = {
  title: 'Aide à l’équipement sportif',
  slug: '',
  summary: 'Une aide pour acheter du matériel.',
  description: 'Texte',
  audience: 'ASSOCIATION',
  opensOn: '2026-01-15',
  closesOn: '',
  featuredOrder: '',
};

function parse(processingTime: string, processingTimeUnit: string, extra: Record<string, string> = {}) {
  return procedureInfoSchema.safeParse({ ...info, ...extra, processingTime, processingTimeUnit });
}

function errors(result: ReturnType<typeof parse>) {
  return Object.fromEntries(result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]) ?? []);
}

describe('the builder’s « Délai indicatif de traitement »', () => {
  it('reads a number and its unit, and stores nothing when both are left empty', () => {
    expect(parse(' 2 ', 'MONTHS').data).toMatchObject({ processingTime: 2, processingTimeUnit: 'MONTHS' });
    expect(parse('15', 'DAYS').data).toMatchObject({ processingTime: 15, processingTimeUnit: 'DAYS' });
    expect(parse('', '').data).toMatchObject({ processingTime: null, processingTimeUnit: null });
    // A form posted without the fields (an older page, a script) states no time either.
    expect(procedureInfoSchema.parse(info)).toMatchObject({ processingTime: null, processingTimeUnit: null });
  });

  it('asks for the missing half on its own field', () => {
    expect(errors(parse('2', ''))).toEqual({
      processingTimeUnit: 'Choisissez l’unité du délai : jours, semaines ou mois, ou laissez aussi le nombre vide',
    });
    expect(errors(parse('', 'WEEKS'))).toEqual({
      processingTime: 'Saisissez le nombre de jours, de semaines ou de mois, par exemple 2, ou laissez aussi l’unité vide',
    });
  });

  it('refuses what is not a whole number within the unit’s bounds, in French', () => {
    for (const typed of ['deux', '1,5', '-3', '2 mois']) {
      expect(errors(parse(typed, 'MONTHS'))).toEqual({ processingTime: 'Saisissez un nombre entier, par exemple 2' });
    }
    expect(errors(parse('0', 'DAYS'))).toEqual({ processingTime: 'Saisissez un nombre entier entre 1 et 730 jours' });
    expect(errors(parse('25', 'MONTHS'))).toEqual({ processingTime: 'Saisissez un nombre entier entre 1 et 24 mois' });
    expect(errors(parse('105', 'WEEKS'))).toEqual({ processingTime: 'Saisissez un nombre entier entre 1 et 104 semaines' });
    expect(parse('24', 'MONTHS').success).toBe(true);
  });

  it('refuses an unknown unit', () => {
    expect(parse('2', 'YEARS').success).toBe(false);
    expect(Object.keys(errors(parse('2', 'YEARS')))).toEqual(['processingTimeUnit']);
  });

  it('reports its mistakes together with the other fields’ ones', () => {
    expect(errors(parse('2', '', { slug: 'pas bon!', closesOn: '2026-01-14' }))).toEqual({
      slug: 'Saisissez l’identifiant en lettres minuscules sans accent, chiffres et tirets (80 caractères au plus), par exemple aide-aux-associations',
      closesOn: 'La date de clôture doit être le jour de l’ouverture ou après',
      processingTimeUnit: 'Choisissez l’unité du délai : jours, semaines ou mois, ou laissez aussi le nombre vide',
    });
  });
});

describe('formatProcessingTime', () => {
  it('writes the unit in the singular or plural, with a non-breaking space', () => {
    expect(formatProcessingTime({ value: 2, unit: 'MONTHS' })).toBe('2\u00a0mois');
    expect(formatProcessingTime({ value: 1, unit: 'WEEKS' })).toBe('1\u00a0semaine');
    expect(formatProcessingTime({ value: 1, unit: 'DAYS' })).toBe('1\u00a0jour');
    expect(formatProcessingTime({ value: 45, unit: 'DAYS' })).toBe('45\u00a0jours');
  });
});
