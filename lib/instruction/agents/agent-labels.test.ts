import { describe, expect, it } from 'vitest';
import { agentStatus, secondFactorLabel } from './agent-labels';

describe('agentStatus', () => {
  const day = new Date('2026-11-29T10:00:00Z');
  it('is « Désactivé » first, then « Invitation envoyée » until the password is chosen, else « Actif »', () => {
    expect(agentStatus({ disabledAt: day, emailVerifiedAt: day })).toBe('disabled');
    expect(agentStatus({ disabledAt: day, emailVerifiedAt: null })).toBe('disabled');
    expect(agentStatus({ disabledAt: null, emailVerifiedAt: null })).toBe('invited');
    expect(agentStatus({ disabledAt: null, emailVerifiedAt: day })).toBe('active');
  });

  it('names the second factor', () => {
    expect(secondFactorLabel({ totpEnabledAt: day })).toBe('Activée');
    expect(secondFactorLabel({ totpEnabledAt: null })).toBe('À activer');
  });
});
