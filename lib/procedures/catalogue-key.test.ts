import { describe, expect, it } from 'vitest';
import { ALL_PROCEDURES_KEY, catalogueKey, parseCatalogueKey } from './catalogue-key';

describe('catalogueKey', () => {
  it('gives one key per search, whatever the order, the spaces, the unknown parameters', () => {
    const a = catalogueKey(new URLSearchParams('recherche=%20sport%20&public=associations&utm=x&_rsc=1'));
    const b = catalogueKey(new URLSearchParams('public=associations&recherche=sport'));
    expect(a).toBe(b);
    expect(a).toBe(encodeURIComponent('recherche=sport&public=associations'));
    expect(catalogueKey(new URLSearchParams(''))).toBe(ALL_PROCEDURES_KEY);
    expect(catalogueKey(new URLSearchParams('public=martiens&page=1&recherche=%20'))).toBe(ALL_PROCEDURES_KEY);
    expect(catalogueKey(new URLSearchParams('page=abc'))).toBe(ALL_PROCEDURES_KEY);
  });

  it('comes back to the search, from the segment decoded or not', () => {
    const key = catalogueKey(new URLSearchParams('recherche=permis%20%26%20conduite&public=particuliers&page=2.7'));
    const expected = { text: 'permis & conduite', audience: 'particuliers', page: 2 };
    expect(parseCatalogueKey(key)).toEqual(expected);
    expect(parseCatalogueKey(decodeURIComponent(key))).toEqual(expected);
    expect(parseCatalogueKey(ALL_PROCEDURES_KEY)).toEqual({ text: '', audience: '', page: 1 });
  });

  it('keeps 200 characters of the search at most', () => {
    expect(parseCatalogueKey(catalogueKey(new URLSearchParams({ recherche: 'a'.repeat(500) }))).text).toHaveLength(200);
  });
});

describe('parseCatalogueKey and the rewrite of next.config.ts', () => {
  it('reads the key next.config.ts writes for a plain search, decoded or not', () => {
    expect(parseCatalogueKey('recherche=sport culture')).toEqual({ text: 'sport culture', audience: '', page: 1 });
    expect(parseCatalogueKey('recherche=%C3%A9quipement%20sportif')).toEqual({ text: 'équipement sportif', audience: '', page: 1 });
  });
});
