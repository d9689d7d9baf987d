import { describe, expect, it } from 'vitest';
import { describeErrorSafely } from './redact';

describe('describeErrorSafely', () => {
  it('masks credentials in URLs', () => {
    const error = new Error('connect failed for smtps://guichet:p%40ss@smtp.exemple.test:465 and postgresql://app:secret@db/guichet');
    expect(describeErrorSafely(error)).toBe('connect failed for smtps://***@smtp.exemple.test:465 and postgresql://***@db/guichet');
  });

  it('masks known secrets and AUTH exchanges', () => {
    const error = Object.assign(new Error('Invalid login: 535 bad credentials for hunter22; C: AUTH PLAIN AGd1aWNoZXQAaHVudGVyMjI='), { code: 'EAUTH' });
    const text = describeErrorSafely(error, ['hunter22', 'x']);
    expect(text).toBe('EAUTH: Invalid login: 535 bad credentials for ***; C: AUTH PLAIN ***');
  });

  it('keeps one bounded line', () => {
    const text = describeErrorSafely(new Error(`a\r\nb${'c'.repeat(1_000)}`));
    expect(text.startsWith('a b')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(describeErrorSafely('plain')).toBe('plain');
  });
});
