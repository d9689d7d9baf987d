import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env-schema';
import { describeRetentionRules, dossierRetentionEnd, formatMonths, monthsAfter, retentionConfigFrom } from './retention-rules';

describe('retention rules', () => {
  it('reads every delay from the environment, with the documented defaults', () => {
    expect(retentionConfigFrom(parseEnv({}))).toEqual({
      draftMonths: 6,
      draftReminderDays: 14,
      dossierMonths: 60,
      dueSoonDays: 30,
      inactiveAccountMonths: 36,
      inactiveNoticeDays: 30,
      outboxDays: 30,
      shareKeyDays: 0,
      auditDetailsMonths: 12,
      auditMonths: 60,
    });
    expect(retentionConfigFrom(parseEnv({ RETENTION_DRAFT_MONTHS: '3', RETENTION_DOSSIER_MONTHS: '120' }))).toMatchObject({
      draftMonths: 3,
      dossierMonths: 120,
    });
    expect(() => parseEnv({ RETENTION_DRAFT_MONTHS: '0' })).toThrow(/RETENTION_DRAFT_MONTHS/);
    expect(() => parseEnv({ RETENTION_AUDIT_MONTHS: 'deux ans' })).toThrow(/RETENTION_AUDIT_MONTHS/);
  });

  it('says months in years when they are whole years', () => {
    expect([formatMonths(6), formatMonths(12), formatMonths(36), formatMonths(18)]).toEqual(['6 mois', '1 an', '3 ans', '18 mois']);
  });

  it('ends a dossier’s retention its démarche’s months after the decision, or the default', () => {
    const config = retentionConfigFrom(parseEnv({}));
    const decided = new Date('2026-03-15T10:00:00Z');
    expect(dossierRetentionEnd(decided, { retentionMonths: 24 }, config)).toEqual(new Date('2028-03-15T10:00:00Z'));
    expect(dossierRetentionEnd(decided, { retentionMonths: null }, config)).toEqual(monthsAfter(decided, 60));
  });

  it('writes the texts people read from the delays in force', () => {
    const texts = describeRetentionRules(retentionConfigFrom(parseEnv({ RETENTION_DRAFT_MONTHS: '9', RETENTION_INACTIVE_ACCOUNT_MONTHS: '24' })));
    const byId = Object.fromEntries(texts.map((rule) => [rule.id, rule]));
    expect(byId.brouillons.duration).toContain('9 mois');
    expect(byId.compte.duration).toContain('2 ans');
    for (const rule of texts) expect(rule.legalBasis).toMatch(/article/);
  });
});
