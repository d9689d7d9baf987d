'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireAdmin } from '@/lib/auth/session';
import { createProcedure } from '@/lib/procedures/create-procedure';
import {
  addProcedureDocument,
  addProcedureField,
  moveProcedureDocument,
  moveProcedureField,
  removeProcedureDocument,
  removeProcedureField,
  updateProcedureDocument,
  updateProcedureField,
} from '@/lib/procedures/edit-procedure-form';
import { expirePublicProcedures } from '@/lib/procedures/expire-public-procedures';
import { ADMIN_PROCEDURES_PATH, adminProcedureTabPath, NEW_PROCEDURE_PATH } from '@/lib/procedures/procedure-paths';
import { updateProcedureInfo } from '@/lib/procedures/update-procedure-info';
import {
  moveItemSchema,
  procedureInfoSchema,
  removeItemSchema,
  saveDocumentSchema,
  saveFieldSchema,
  updateProcedureInfoSchema,
} from '@/lib/validation/procedure';

// After a change, the public pages' cache expires, then the builder's page says what happened.

const administrator = () => requireAdmin(ADMIN_PROCEDURES_PATH);
const targets = ['procedureId', 'itemId', 'direction'];

// Fields and required documents are built the same way; their pages and messages differ.
const KINDS = {
  field: { tab: 'formulaire', anchor: 'champ', added: 'champ-ajoute', updated: 'champ-modifie', removed: 'champ-supprime' },
  document: { tab: 'pieces-justificatives', anchor: 'piece', added: 'piece-ajoutee', updated: 'piece-modifiee', removed: 'piece-supprimee' },
} as const;

export const createProcedureAction = defineAction({
  access: () => requireAdmin(NEW_PROCEDURE_PATH),
  schema: procedureInfoSchema,
  run: ({ viewer, input, context }) => createProcedure(viewer, input, context),
  done: ({ data }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(data.id, 'formulaire', { succes: 'creee' }));
  },
});

export const updateProcedureInfoAction = defineAction({
  access: administrator,
  schema: updateProcedureInfoSchema,
  targets,
  run: ({ viewer, input: { procedureId, ...info }, context }) => updateProcedureInfo(viewer, procedureId, info, context),
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId, 'informations', { succes: 'enregistree' }));
  },
});

export const saveFieldAction = defineAction({
  access: administrator,
  schema: saveFieldSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId, draft }, context }) =>
    itemId ? updateProcedureField(viewer, procedureId, itemId, draft, context) : addProcedureField(viewer, procedureId, draft, context),
  done: ({ input, data }) => {
    const { tab, anchor, added, updated } = KINDS.field;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId, tab, { succes: input.itemId ? updated : added, element: data.id }, `${anchor}-${data.id}`));
  },
});

export const saveDocumentAction = defineAction({
  access: administrator,
  schema: saveDocumentSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId, draft }, context }) =>
    itemId ? updateProcedureDocument(viewer, procedureId, itemId, draft, context) : addProcedureDocument(viewer, procedureId, draft, context),
  done: ({ input, data }) => {
    const { tab, anchor, added, updated } = KINDS.document;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId, tab, { succes: input.itemId ? updated : added, element: data.id }, `${anchor}-${data.id}`));
  },
});

// The page puts the focus back on the button pressed, to press it again.

export const moveFieldAction = defineAction({
  access: administrator,
  schema: moveItemSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId, direction }, context }) => moveProcedureField(viewer, procedureId, itemId, direction, context),
  done: ({ input: { procedureId, itemId, direction } }) => {
    const { tab, anchor } = KINDS.field;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(procedureId, tab, { deplace: itemId, sens: direction }, `${anchor}-${itemId}`));
  },
});

export const moveDocumentAction = defineAction({
  access: administrator,
  schema: moveItemSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId, direction }, context }) => moveProcedureDocument(viewer, procedureId, itemId, direction, context),
  done: ({ input: { procedureId, itemId, direction } }) => {
    const { tab, anchor } = KINDS.document;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(procedureId, tab, { deplace: itemId, sens: direction }, `${anchor}-${itemId}`));
  },
});

export const removeFieldAction = defineAction({
  access: administrator,
  schema: removeItemSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId }, context }) => removeProcedureField(viewer, procedureId, itemId, context),
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId, KINDS.field.tab, { succes: KINDS.field.removed }));
  },
});

export const removeDocumentAction = defineAction({
  access: administrator,
  schema: removeItemSchema,
  targets,
  run: ({ viewer, input: { procedureId, itemId }, context }) => removeProcedureDocument(viewer, procedureId, itemId, context),
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId, KINDS.document.tab, { succes: KINDS.document.removed }));
  },
});
