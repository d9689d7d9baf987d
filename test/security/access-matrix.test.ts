import { describe, expect, it } from 'vitest';
import { PAGES, ROUTE_HANDLERS, SERVER_ACTIONS } from './access-matrix';
import { listPages, listRouteHandlers, listServerActions, urlPatternOf } from './route-inventory';

describe('access matrix', () => {
  it('has one entry per page (app/**/page.tsx)', () => {
    expect(Object.keys(PAGES).sort()).toEqual(listPages());
  });

  it('has one entry per route handler method (app/**/route.ts)', () => {
    expect(Object.keys(ROUTE_HANDLERS).sort()).toEqual(listRouteHandlers().map((handler) => handler.key));
  });

  it('has one entry per exported server action (files starting with use server)', () => {
    expect(Object.keys(SERVER_ACTIONS).sort()).toEqual(listServerActions());
  });

  it('gives each page a sample URL of its own pattern', () => {
    for (const [pattern, entry] of Object.entries(PAGES)) {
      const sample = new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, '[^/]+')}$`);
      expect(entry.sample, pattern).toMatch(sample);
    }
  });
});

describe('route inventory', () => {
  it('drops route groups and the file name from URLs', () => {
    expect(urlPatternOf('app/(public)/page.tsx')).toBe('/');
    expect(urlPatternOf('app/mon-compte/dossiers/[dossierId]/(suivi)/echanges/page.tsx')).toBe('/mon-compte/dossiers/[dossierId]/echanges');
  });
});
