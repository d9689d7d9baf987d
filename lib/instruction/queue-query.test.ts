import { describe, expect, it } from 'vitest';
import { classifySearch, decodeCursor, encodeCursor, formatQueueCount, parseQueueQuery, QUEUE_COUNT_CAP, queueHref } from './queue-query';

const ID = '0b6f3c1e-5a0d-4d7e-9b1a-2f3c4d5e6f70';

describe('parseQueueQuery', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parseQueueQuery({})).toEqual({ tab: 'a-traiter', search: '', procedureId: undefined, sort: 'depot-recent', followedOnly: false });
  });

  it('reads every parameter', () => {
    const at = new Date('2026-11-27T10:00:00.000Z');
    expect(
      parseQueueQuery({ onglet: 'traites', recherche: '  Jean   Dupont ', demarche: ID, tri: 'depot-ancien', suivis: '1', apres: `${at.getTime()}_${ID}` }),
    ).toEqual({ tab: 'traites', search: 'Jean Dupont', procedureId: ID, sort: 'depot-ancien', followedOnly: true, after: { key: at, id: ID } });
  });

  it('falls back to the defaults on invalid values, never throws', () => {
    expect(
      parseQueueQuery({
        onglet: 'corbeille',
        recherche: ['x'.repeat(300)],
        demarche: 'pas-un-uuid',
        tri: 'DROP TABLE',
        suivis: 'oui',
        apres: 'n_importe_quoi',
        avant: '',
      }),
    ).toEqual({
      tab: 'a-traiter',
      search: 'x'.repeat(100),
      procedureId: undefined,
      sort: 'depot-recent',
      followedOnly: false,
    });
  });

  it('reads a « numéro » cursor as text, and ignores a date cursor for it', () => {
    expect(parseQueueQuery({ tri: 'numero', avant: `2026-000123_${ID}` }).before).toEqual({ key: '2026-000123', id: ID });
    expect(parseQueueQuery({ tri: 'numero', apres: `2026-000'1_${ID}` }).after).toBeUndefined();
    expect(parseQueueQuery({ tri: 'modification', apres: `2026-000123_${ID}` }).after).toBeUndefined();
  });

  it('takes « apres » over « avant » when both are given', () => {
    const query = parseQueueQuery({ apres: `1_${ID}`, avant: `2_${ID}` });
    expect(query.after?.key).toEqual(new Date(1));
    expect(query.before).toBeUndefined();
  });
});

describe('cursors and links', () => {
  it('round-trips a cursor through the link', () => {
    const cursor = { key: new Date('2026-01-02T03:04:05.678Z'), id: ID };
    expect(decodeCursor('depot-recent', encodeCursor(cursor))).toEqual(cursor);
    const href = queueHref({ tab: 'en-instruction', search: 'Dupont', sort: 'modification', followedOnly: true, after: cursor });
    expect(parseQueueQuery(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual({
      tab: 'en-instruction',
      search: 'Dupont',
      procedureId: undefined,
      sort: 'modification',
      followedOnly: true,
      after: cursor,
    });
  });

  it('leaves the defaults out of the address', () => {
    expect(queueHref({ tab: 'a-traiter', sort: 'depot-recent', search: '', followedOnly: false })).toBe('/instruction');
  });
});

describe('classifySearch', () => {
  it('recognises a number, a SIRET, an RNA number and names', () => {
    expect(classifySearch('2026-000123')).toMatchObject({ numberPrefix: '2026-000123', words: [] });
    expect(classifySearch('2026-0001')).toMatchObject({ numberPrefix: '2026-0001' });
    expect(classifySearch('123 456 789 00012')).toMatchObject({ siret: '12345678900012', numberPrefix: undefined });
    expect(classifySearch('w751234567')).toMatchObject({ rna: 'W751234567' });
    expect(classifySearch('Jean Dupont')).toMatchObject({ words: ['Jean', 'Dupont'], text: 'Jean Dupont', numberPrefix: undefined, siret: undefined });
    expect(classifySearch('  ')).toBeUndefined();
    expect(classifySearch('12')).toMatchObject({ numberPrefix: undefined, siret: undefined, rna: undefined, words: [] });
  });
});

describe('formatQueueCount', () => {
  it('writes counts up to the cap in French, and a capped count as « plus de 1 000 »', () => {
    expect(formatQueueCount(0)).toBe('0');
    expect(formatQueueCount(QUEUE_COUNT_CAP)).toBe('1\u202f000');
    expect(formatQueueCount(QUEUE_COUNT_CAP + 1)).toBe('plus de 1\u202f000');
  });
});
