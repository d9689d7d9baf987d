import { describe, expect, it } from 'vitest';
import { TaggedMemoryStore } from './public-cache-handler.mjs';

function page(html: string, tags: string) {
  return { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': tags } };
}

describe('TaggedMemoryStore', () => {
  it('expires a page with a tag of its own (its header) and keeps the others', () => {
    let now = 1_000;
    const store = new TaggedMemoryStore({ maxBytes: 1_000_000, now: () => now });
    store.set('/demarches/a', page('<p>a</p>', '_N_T_/layout,public-procedures'), []);
    store.set('/mentions-legales', page('<p>m</p>', '_N_T_/layout'), []);
    now = 2_000;
    store.expire(['public-procedures']);
    expect(store.get('/demarches/a')).toBeNull();
    expect(store.get('/mentions-legales')?.lastModified).toBe(1_000);
  });

  it('expires data by the tags given when stored or when read', () => {
    let now = 1_000;
    const store = new TaggedMemoryStore({ maxBytes: 1_000_000, now: () => now });
    store.set('data-1', { kind: 'FETCH', data: { body: '[]' } }, ['public-procedures']);
    store.set('data-2', { kind: 'FETCH', data: { body: '[]' } }, []);
    now = 2_000;
    store.expire(['public-procedures']);
    expect(store.get('data-1')).toBeNull();
    expect(store.get('data-2', ['public-procedures'])).toBeNull();
  });

  it('keeps what was stored after the expiry, including at the same millisecond only if stored later', () => {
    let now = 1_000;
    const store = new TaggedMemoryStore({ maxBytes: 1_000_000, now: () => now });
    store.expire(['public-procedures']);
    now = 1_001;
    store.set('/', page('<p>new</p>', 'public-procedures'), []);
    expect(store.get('/')).not.toBeNull();
    store.expire(['public-procedures']);
    // Stored at the millisecond of the expiry: it may hold what was read before the change.
    expect(store.get('/')).toBeNull();
  });

  it('stays within its size, dropping the least recently read first', () => {
    const store = new TaggedMemoryStore({ maxBytes: 3_000 });
    store.set('a', page('x'.repeat(900), ''), []);
    store.set('b', page('x'.repeat(900), ''), []);
    store.set('c', page('x'.repeat(900), ''), []);
    expect(store.get('a')).not.toBeNull();
    store.set('d', page('x'.repeat(900), ''), []);
    expect(store.bytes).toBeLessThanOrEqual(3_000);
    expect(store.get('b')).toBeNull();
    expect(store.get('a')).not.toBeNull();
    expect(store.get('d')).not.toBeNull();
    // Bigger than the whole cache: not kept.
    store.set('e', page('x'.repeat(5_000), ''), []);
    expect(store.get('e')).toBeNull();
  });
});
