import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { createProcedure } from './create-procedure';
import {
  addProcedureDocument,
  addProcedureField,
  moveProcedureDocument,
  moveProcedureField,
  removeProcedureDocument,
  removeProcedureField,
  updateProcedureDocument,
  updateProcedureField,
} from './edit-procedure-form';
import { getProcedureForAdmin, listProceduresForAdmin } from './find-procedures-for-admin';
import { context, createTestProcedure, createViewer, procedureInfo } from '@/test/integration/procedures';
import { updateProcedureInfo } from './update-procedure-info';

// Authorization in the data layer: whatever a page or an action forgot, an applicant or an
// instructeur cannot read the back-office's data nor change a démarche.

beforeAll(() => {
  // What `experimental.authInterrupts` sets in the app: forbidden() then throws Next.js's 403.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});

const FORBIDDEN = 'NEXT_HTTP_ERROR_FALLBACK;403';

describe.each<Role>(['USAGER', 'INSTRUCTEUR'])('a viewer with role %s', (role) => {
  it('is refused by every back-office function, and nothing changes', async () => {
    const { id, admin } = await createTestProcedure();
    const viewer = await createViewer(role);
    const before = await db.procedure.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    const auditsBefore = await db.auditLog.count({ where: { targetId: id } });

    const calls: [string, () => Promise<unknown>][] = [
      ['listProceduresForAdmin', () => listProceduresForAdmin(viewer)],
      ['getProcedureForAdmin', () => getProcedureForAdmin(viewer, id)],
      ['createProcedure', () => createProcedure(viewer, procedureInfo(), context)],
      ['updateProcedureInfo', () => updateProcedureInfo(viewer, id, procedureInfo({ title: 'Piratée', published: true }), context)],
      ['addProcedureField', () => addProcedureField(viewer, id, { type: 'text', label: 'Intrus', required: false }, context)],
      ['updateProcedureField', () => updateProcedureField(viewer, id, 'montant', { type: 'amount', label: 'Intrus', required: false }, context)],
      ['removeProcedureField', () => removeProcedureField(viewer, id, 'montant', context)],
      ['moveProcedureField', () => moveProcedureField(viewer, id, 'montant', 'up', context)],
      ['addProcedureDocument', () => addProcedureDocument(viewer, id, { label: 'Intrus', required: false }, context)],
      ['updateProcedureDocument', () => updateProcedureDocument(viewer, id, 'rib', { label: 'Intrus', required: false }, context)],
      ['removeProcedureDocument', () => removeProcedureDocument(viewer, id, 'rib', context)],
      ['moveProcedureDocument', () => moveProcedureDocument(viewer, id, 'rib', 'down', context)],
    ];
    for (const [name, call] of calls) {
      await expect(call(), name).rejects.toMatchObject({ digest: FORBIDDEN });
    }

    expect(await db.procedure.findUniqueOrThrow({ where: { id }, include: { versions: true } })).toEqual(before);
    expect(await db.auditLog.count({ where: { targetId: id } })).toBe(auditsBefore);
    // The same calls work for an administrator (the test above cannot pass by accident).
    expect(await getProcedureForAdmin(admin, id)).not.toBeNull();
  });
});
