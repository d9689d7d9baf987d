import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchWords } from './search-text';
import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it.each([
    ['Aide à l’équipement sportif', 'aide-a-l-equipement-sportif'],
    ['Subvention de fonctionnement aux associations', 'subvention-de-fonctionnement-aux-associations'],
    ['  Fonds d’urgence — associations !  ', 'fonds-d-urgence-associations'],
    ['Cœur de ville 2026', 'coeur-de-ville-2026'],
    ['???', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts at a word boundary under the limit', () => {
    expect(slugify('Aide départementale exceptionnelle', 25)).toBe('aide-departementale');
    expect(slugify('Anticonstitutionnellement', 10)).toBe('anticonsti');
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3… until free', () => {
    expect(uniqueSlug('montant', new Set())).toBe('montant');
    expect(uniqueSlug('montant', new Set(['montant', 'montant-2']))).toBe('montant-3');
  });
});

describe('normalizeSearchText and searchWords', () => {
  it('ignore case, accents and punctuation', () => {
    expect(normalizeSearchText('Équipement SPORTIF, Œuvres d’été')).toBe('equipement sportif oeuvres d ete');
    expect(searchWords('  Équipement   équipement sportif% _ ')).toEqual(['equipement', 'sportif']);
  });
});
