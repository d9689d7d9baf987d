import { describe, expect, it } from 'vitest';
import { compareFrench } from './sort';

describe('compareFrench', () => {
  it('sorts accented words among their letter, and numbers by value', () => {
    const titles = ['Aide aux projets', 'Écoles', 'Aide à l’équipement', 'Bourse 10', 'Bourse 9', 'Zéro déchet', 'Eau'];
    expect(titles.sort(compareFrench)).toEqual(['Aide à l’équipement', 'Aide aux projets', 'Bourse 9', 'Bourse 10', 'Eau', 'Écoles', 'Zéro déchet']);
  });
});
