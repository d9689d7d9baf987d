import { describe, expect, it } from 'vitest';
import { intFlag, parseFlags, parseQueryLine, parseVmRss, percentile, rssSummary } from './args';

describe('parseFlags', () => {
  it('reads --name value, --name=value and bare flags', () => {
    expect(parseFlags(['--users', '100', '--dossiers=2_000', '--reset', '--', '--smoke'])).toEqual({
      users: '100',
      dossiers: '2_000',
      reset: true,
      smoke: true,
    });
  });

  it('refuses positional arguments', () => {
    expect(() => parseFlags(['200000'])).toThrow('Argument inattendu');
  });
});

describe('intFlag', () => {
  it('gives the default, or the integer with underscores', () => {
    expect(intFlag({}, 'users', 20_000)).toBe(20_000);
    expect(intFlag({ users: '1_500' }, 'users', 20_000)).toBe(1500);
  });

  it('refuses what is not a non-negative integer', () => {
    expect(() => intFlag({ users: 'beaucoup' }, 'users', 1)).toThrow('--users');
    expect(() => intFlag({ users: '-3' }, 'users', 1)).toThrow('--users');
    expect(() => intFlag({ users: true }, 'users', 1)).toThrow('--users');
  });
});

describe('percentile', () => {
  it('takes the nearest rank of unsorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('RSS', () => {
  it('reads VmRSS in bytes from /proc/<pid>/status', () => {
    expect(parseVmRss('Name:\tnode\nVmRSS:\t  204800 kB\nRssAnon:\t1 kB\n')).toBe(204800 * 1024);
    expect(parseVmRss('Name:\tzombie\n')).toBe(0);
  });

  it('gives the peak and the growth over the baseline', () => {
    expect(rssSummary(100, [90, 150, 120])).toEqual({ peak: 150, growth: 50 });
    expect(rssSummary(100, [80])).toEqual({ peak: 100, growth: 0 });
    expect(rssSummary(100, [])).toEqual({ peak: 100, growth: 0 });
  });
});

describe('parseQueryLine', () => {
  it('reads the duration, the SQL and its parameters from the query log', () => {
    expect(parseQueryLine('[bench:query] 12.5ms SELECT "t0"."id" FROM "Dossier" WHERE "t0"."id" = $1 LIMIT $2 -- params ["a",26]')).toEqual({
      ms: 12.5,
      sql: 'SELECT "t0"."id" FROM "Dossier" WHERE "t0"."id" = $1 LIMIT $2',
      params: ['a', 26],
    });
  });

  it('ignores other lines', () => {
    expect(parseQueryLine('▲ Next.js 16.4.6')).toBeNull();
    expect(parseQueryLine('[bench:query] 1ms SELECT 1 -- params not json')).toBeNull();
  });
});
