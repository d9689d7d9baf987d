import { describe, expect, it } from 'vitest';
import { frenchSpacing, NBSP, ordinarySpaceMistakes } from './french-spacing';

describe('frenchSpacing', () => {
  it('puts a non-breaking space before : ; ! ? and inside « »', () => {
    expect(frenchSpacing('Statut : déposé ; merci ! Une question ? « Aide aux clubs »')).toBe(
      `Statut${NBSP}: déposé${NBSP}; merci${NBSP}! Une question${NBSP}? «${NBSP}Aide aux clubs${NBSP}»`,
    );
  });

  it('leaves addresses, times and text already right as they are', () => {
    const untouched = ['https://example.fr/demarches?recherche=sport', '14:05', `Statut${NBSP}: déposé`, 'a :hover'];
    for (const text of untouched) expect(frenchSpacing(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Pour qui ? »');
    expect(frenchSpacing(once)).toBe(once);
  });
});

describe('ordinarySpaceMistakes', () => {
  it('finds each ordinary space before : ; ! ? or inside « », and none once fixed', () => {
    const text = 'Statut : déposé. « Aide » ? Oui !';
    expect(ordinarySpaceMistakes(text)).toHaveLength(5);
    expect(ordinarySpaceMistakes(frenchSpacing(text))).toEqual([]);
  });
});
