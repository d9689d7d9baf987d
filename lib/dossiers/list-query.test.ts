import { describe, expect, it } from 'vitest';
import { listHref, parsePageParam, parseStatusParam } from './list-query';

describe('the query string of the dossier lists', () => {
  it('keeps known statuses and positive page numbers only', () => {
    expect(parseStatusParam('DEPOSE')).toBe('DEPOSE');
    expect(parseStatusParam('toString')).toBeUndefined();
    expect(parseStatusParam(undefined)).toBeUndefined();
    expect(parsePageParam('3')).toBe(3);
    expect(parsePageParam('-1')).toBe(1);
    expect(parsePageParam('abc')).toBe(1);
    expect(listHref('/mon-compte/dossiers', 'ACCEPTE', 2)).toBe('/mon-compte/dossiers?statut=ACCEPTE&page=2');
  });
});
