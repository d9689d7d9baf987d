import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { associationDraft } from '@/test/integration/dossiers';
import { DOSSIER_CONFLICT_CODE, transitionDossier } from './transition-dossier';

describe('transitionDossier', () => {
  it('lets one of two concurrent transitions from the same version win; the other gets the conflict', async () => {
    const { applicant, dossierId } = await associationDraft();
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } });
    const attempt = () =>
      db.$transaction((tx) => transitionDossier(tx, { dossierId, expectedVersion: version, to: 'DEPOSE', actorId: applicant.id, eventType: 'submitted' }));
    const results = await Promise.all([attempt(), attempt()]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      code: DOSSIER_CONFLICT_CODE,
      message: expect.stringContaining('vient d’être modifié'),
    });
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, version: true } });
    expect(dossier).toEqual({ status: 'DEPOSE', version: version + 1 });
    expect(await db.dossierEvent.count({ where: { dossierId, type: 'submitted' } })).toBe(1);
  });

  it('refuses a transition the status machine does not allow, and writes nothing', async () => {
    const { applicant, dossierId } = await associationDraft();
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } });
    const result = await db.$transaction((tx) =>
      transitionDossier(tx, { dossierId, expectedVersion: version, to: 'ACCEPTE', actorId: applicant.id, eventType: 'decision' }),
    );
    expect(result).toEqual({ ok: false, message: 'Ce dossier ne peut pas passer à l’état « Accepté » depuis son état actuel.' });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, version: true } })).toEqual({ status: 'BROUILLON', version });
  });
});
