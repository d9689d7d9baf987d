import { beforeEach, describe, expect, it, vi } from 'vitest';

// An agent who gave the password but not yet the second factor reaches only the second step and
// « Se déconnecter » (ASVS 6.3.3): not their account's pages, not a dossier's title.

const AGENT_ID = '6f1c2a9e-3b7d-4c1a-9a51-2f0e8d7c6b5a';
const session = { verified: false };

vi.mock('./config', () => ({
  auth: async () => ({ user: { id: AGENT_ID, role: 'INSTRUCTEUR', secondFactorVerified: session.verified } }),
}));
vi.mock('@/lib/db', () => ({
  db: {
    user: {
      findUnique: vi.fn(async () => ({
        id: AGENT_ID,
        firstName: 'Agnès',
        lastName: 'Durand',
        email: 'agnes.durand@exemple.test',
        role: 'INSTRUCTEUR',
        disabledAt: null,
        totpEnabledAt: new Date(),
      })),
    },
  },
}));
vi.mock('./record-forbidden-access', () => ({ recordForbiddenAccess: vi.fn() }));
const findAgentDossier = vi.fn(async () => ({ id: 'd', number: '2026-000040' }));
vi.mock('@/lib/instruction/find-agent-dossier', () => ({ findAgentDossier }));

/** The path a redirect() thrown by Next.js sends to, or the error itself. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2];
    throw error;
  }
  return 'pas de redirection';
}

describe('an agent signed in with the password only', () => {
  beforeEach(() => {
    session.verified = false;
    findAgentDossier.mockClear();
  });

  it('is sent to the second step by requireUser (« Mes données personnelles », password and email changes)', async () => {
    const { requireUser } = await import('./session');
    expect(await redirectOf(requireUser('/mon-compte/donnees-personnelles'))).toBe('/connexion/verification?retour=%2Fmon-compte%2Fdonnees-personnelles');
    expect(await redirectOf(requireUser())).toBe('/connexion/verification');
  });

  it('still reaches the second step itself', async () => {
    const { requireAgentAwaitingSecondFactor } = await import('./session');
    await expect(requireAgentAwaitingSecondFactor('/instruction')).resolves.toMatchObject({ id: AGENT_ID });
  });

  it('gets no dossier number in a dossier page’s title, and the dossier is not even read', async () => {
    const { agentDossierMetadataTitle } = await import('@/app/instruction/dossiers/[dossierId]/agent-dossier');
    const title = await agentDossierMetadataTitle(Promise.resolve({ dossierId: 'd' }), 'Résumé');
    expect(title).not.toContain('2026-000040');
    expect(findAgentDossier).not.toHaveBeenCalled();
  });

  it('once the second factor is given: requireUser lets through and the title names the dossier', async () => {
    session.verified = true;
    const { requireUser } = await import('./session');
    await expect(requireUser('/mon-compte')).resolves.toMatchObject({ id: AGENT_ID });
    const { agentDossierMetadataTitle } = await import('@/app/instruction/dossiers/[dossierId]/agent-dossier');
    expect(await agentDossierMetadataTitle(Promise.resolve({ dossierId: 'd' }), 'Résumé')).toBe('Résumé — Dossier n° 2026-000040');
  });
});
