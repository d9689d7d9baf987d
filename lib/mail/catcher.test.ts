import { beforeEach, describe, expect, it, vi } from 'vitest';
import { canViewCatcher } from './catcher-access';
import { extractWebLinks, findCaughtEmail, listCaughtEmails } from './catcher';

vi.mock('./catcher-access', () => ({ canViewCatcher: vi.fn() }));
// Any database access would throw: a denied viewer must not reach it.
vi.mock('@/lib/db', () => ({
  db: new Proxy(
    {},
    {
      get: () => {
        throw new Error('database reached');
      },
    },
  ),
}));

describe('catcher reads', () => {
  beforeEach(() => {
    vi.mocked(canViewCatcher).mockResolvedValue(false);
  });

  it('answer nothing to a viewer who may not see the catcher, before touching the database', async () => {
    await expect(listCaughtEmails(1)).resolves.toBeNull();
    await expect(findCaughtEmail('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).resolves.toBeNull();
  });

  it('refuse an id that is not a UUID without querying', async () => {
    vi.mocked(canViewCatcher).mockResolvedValue(true);
    await expect(findCaughtEmail('../../etc')).resolves.toBeNull();
  });
});

describe('extractWebLinks', () => {
  it('lists distinct http(s) links, decoded', () => {
    const html =
      '<a href="https://g.test/r?jeton=1&amp;x=2">b</a><a href="https://g.test/r?jeton=1&amp;x=2">u</a>' +
      '<a href="mailto:a@b.test">m</a><a href="javascript:alert(1)">j</a><a href="http://localhost:3000/connexion">c</a>';
    expect(extractWebLinks(html)).toEqual(['https://g.test/r?jeton=1&x=2', 'http://localhost:3000/connexion']);
  });
});
