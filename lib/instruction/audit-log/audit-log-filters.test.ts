import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './audit-action-labels';
import { encodeCursor, parisMidnight, parseAuditLogQuery } from './audit-log-filters';

describe('parisMidnight', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(parisMidnight('2026-11-29')?.toISOString()).toBe('2026-11-28T23:00:00.000Z');
    expect(parisMidnight('2026-07-14')?.toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(parisMidnight('2026-11-30', 1)?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('refuses what is not a day', () => {
    expect(parisMidnight('2026-02-30')).toBeUndefined();
    expect(parisMidnight('29/11/2026')).toBeUndefined();
    expect(parisMidnight('')).toBeUndefined();
  });
});

describe('parseAuditLogQuery', () => {
  it('reads the filters, the « Au » day included', () => {
    const { filters, errors, values } = parseAuditLogQuery({ action: 'agent.disabled', auteur: ' Admin@Exemple.TEST ', du: '2026-11-01', au: '2026-11-29' });
    expect(errors).toEqual({});
    expect(values.auteur).toBe('admin@exemple.test');
    expect(filters).toEqual({
      action: 'agent.disabled',
      actorEmail: 'admin@exemple.test',
      from: new Date('2026-10-31T23:00:00.000Z'),
      before: new Date('2026-11-29T23:00:00.000Z'),
      cursor: undefined,
    });
  });

  it('reports wrong dates instead of guessing, and ignores a forged cursor', () => {
    const parsed = parseAuditLogQuery({ du: '2026-13-01', au: '2026-11-01', apres: "2026-11-29T10:00:00.000Z_' OR 1=1" });
    expect(parsed.errors.du).toMatch(/date valide/);
    expect(parsed.filters.from).toBeUndefined();
    expect(parsed.filters.cursor).toBeUndefined();
    expect(parseAuditLogQuery({ du: '2026-11-10', au: '2026-11-01' }).errors.au).toMatch(/même jour que «\sDu\s» ou après/);
  });

  it('reads back the cursor it wrote', () => {
    const cursor = { createdAt: new Date('2026-11-29T10:00:00.123Z'), id: '0b7e1c0e-6a8e-4c1a-9f43-0d1a2b3c4d5e' };
    expect(parseAuditLogQuery({ apres: encodeCursor(cursor) }).filters.cursor).toEqual(cursor);
  });
});

describe('auditActionLabel', () => {
  it('says the action in French, or shows an unknown code as is', () => {
    expect(auditActionLabel('agent.disabled')).toBe('Compte d’agent désactivé');
    expect(auditActionLabel('quelque.chose')).toBe('quelque.chose');
  });
});
