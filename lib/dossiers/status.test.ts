import { describe, expect, it } from 'vitest';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { canTransition, DOSSIER_STATUS_LABELS, isDecided, statusesLeadingTo } from './status';

const ALL = Object.keys(DOSSIER_STATUS_LABELS) as DossierStatus[];

describe('dossier status machine', () => {
  it('follows the dossier’s life: draft → deposited → instruction ⇄ complement → decision', () => {
    expect(canTransition('BROUILLON', 'DEPOSE')).toBe(true);
    expect(canTransition('DEPOSE', 'EN_INSTRUCTION')).toBe(true);
    expect(canTransition('EN_INSTRUCTION', 'COMPLEMENT_DEMANDE')).toBe(true);
    expect(canTransition('COMPLEMENT_DEMANDE', 'EN_INSTRUCTION')).toBe(true);
    for (const decision of ['ACCEPTE', 'REFUSE', 'SANS_SUITE'] as const) {
      expect(canTransition('EN_INSTRUCTION', decision)).toBe(true);
      expect(canTransition(decision, 'EN_INSTRUCTION')).toBe(true);
      expect(isDecided(decision)).toBe(true);
    }
  });

  it('refuses every shortcut', () => {
    expect(canTransition('BROUILLON', 'EN_INSTRUCTION')).toBe(false);
    expect(canTransition('DEPOSE', 'ACCEPTE')).toBe(false);
    expect(canTransition('COMPLEMENT_DEMANDE', 'ACCEPTE')).toBe(false);
    expect(canTransition('ACCEPTE', 'REFUSE')).toBe(false);
    expect(canTransition('DEPOSE', 'BROUILLON')).toBe(false);
    for (const status of ALL) expect(canTransition(status, status)).toBe(false);
    expect(statusesLeadingTo('BROUILLON')).toEqual([]);
  });

  it('has a French label for every status', () => {
    expect(ALL).toHaveLength(7);
    expect(DOSSIER_STATUS_LABELS.DEPOSE).toBe('Déposé');
    expect(DOSSIER_STATUS_LABELS.COMPLEMENT_DEMANDE).toBe('Complément demandé');
  });
});
