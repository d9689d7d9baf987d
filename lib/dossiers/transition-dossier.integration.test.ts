import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { associationDraft } from '@/test/integration/dossiers';
import { DossierConflictError, InvalidTransitionError, transitionDossier } from './transition-dossier';

describe('transitionDossier', () => {
  it('lets one of two concurrent transitions from the same version win; the other gets DossierConflictError', async () => {
    const { applicant, dossierId } = await associationDraft();
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } });
    const attempt = () =>
      db.$transaction((tx) => transitionDossier(tx, { dossierId, expectedVersion: version, to: 'DEPOSE', actorId: applicant.id, eventType: 'submitted' }));
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DossierConflictError);
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, version: true } });
    expect(dossier).toEqual({ status: 'DEPOSE', version: version + 1 });
    expect(await db.dossierEvent.count({ where: { dossierId, type: 'submitted' } })).toBe(1);
  });

  it('refuses a transition the status machine does not allow', async () => {
    const { applicant, dossierId } = await associationDraft();
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } });
    await expect(
      db.$transaction((tx) => transitionDossier(tx, { dossierId, expectedVersion: version, to: 'ACCEPTE', actorId: applicant.id, eventType: 'decision' })),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
  });
});
