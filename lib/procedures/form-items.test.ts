import { describe, expect, it } from 'vitest';
import { moveItem, newItemId, removeItem, replaceItem } from './form-items';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const ids = (list: { id: string }[] | null) => list?.map((item) => item.id);

describe('form items', () => {
  it('move up and down, and stay at the edges', () => {
    expect(ids(moveItem(items, 'b', 'up'))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(items, 'b', 'down'))).toEqual(['a', 'c', 'b']);
    expect(ids(moveItem(items, 'a', 'up'))).toEqual(['a', 'b', 'c']);
    expect(ids(moveItem(items, 'c', 'down'))).toEqual(['a', 'b', 'c']);
    expect(ids(items)).toEqual(['a', 'b', 'c']);
  });

  it('replace and remove by id; null when the id is unknown', () => {
    expect(replaceItem(items, 'b', { id: 'b', label: 'B' } as { id: string })).toEqual([{ id: 'a' }, { id: 'b', label: 'B' }, { id: 'c' }]);
    expect(ids(removeItem(items, 'a'))).toEqual(['b', 'c']);
    expect(moveItem(items, 'z', 'up')).toBeNull();
    expect(replaceItem(items, 'z', { id: 'z' })).toBeNull();
    expect(removeItem(items, 'z')).toBeNull();
  });

  it('make readable ids from labels, never one taken', () => {
    expect(newItemId('Montant demandé (€)', new Set(), 'champ')).toBe('montant-demande');
    expect(newItemId('Montant demandé', new Set(['montant-demande']), 'champ')).toBe('montant-demande-2');
    expect(newItemId('???', new Set(), 'champ')).toBe('champ');
  });
});
