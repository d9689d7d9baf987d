import { describe, expect, it, vi } from 'vitest';

describe('StorageNotFoundError', () => {
  it('is recognised across two copies of the module, as in the built server’s chunks', async () => {
    const first = await import('./errors');
    vi.resetModules();
    const second = await import('./errors');
    expect(second.StorageNotFoundError).not.toBe(first.StorageNotFoundError);
    expect(new first.StorageNotFoundError('files/a') instanceof second.StorageNotFoundError).toBe(true);
    expect(new second.StorageNotFoundError('files/a') instanceof first.StorageNotFoundError).toBe(true);
    expect(new Error('Aucun objet') instanceof first.StorageNotFoundError).toBe(false);
    expect(new first.InvalidStorageKeyError('..') instanceof first.StorageNotFoundError).toBe(false);
  });
});
