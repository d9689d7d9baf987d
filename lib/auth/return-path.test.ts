import { describe, expect, it } from 'vitest';
import { homePathFor, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each(['/mon-compte', '/mon-compte/donnees-personnelles?modifier=1', '/instruction#file'])('accepts %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    'mon-compte',
    '/mon-compte\n',
    '/\tevil',
    '',
    undefined,
    ['/mon-compte'],
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});

describe('homePathFor', () => {
  it('sends applicants to their account and agents to the back-office', () => {
    expect(homePathFor('USAGER')).toBe('/mon-compte');
    expect(homePathFor('INSTRUCTEUR')).toBe('/instruction');
    expect(homePathFor('ADMIN')).toBe('/instruction');
  });
});
