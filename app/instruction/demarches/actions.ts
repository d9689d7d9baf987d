'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { failWithCode, NOT_FOUND_CODE } from '@/lib/actions/result';
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
import { PROCEDURE_GONE, updateProcedureInfo } from '@/lib/procedures/update-procedure-info';
import {
  moveItemSchema,
  procedureInfoSchema,
  removeItemSchema,
  saveDocumentSchema,
  saveFieldSchema,
  updateProcedureInfoSchema,
} from '@/lib/validation/procedure';

// Only administrators build démarches; the domain checks again. After a change the public pages'
// cache expires, then the builder's page says what happened. The ids come from hidden fields: one
// that names nothing is the same 404 as the page of a démarche that does not exist.

const administrator = () => requireAdmin(ADMIN_PROCEDURES_PATH);
const NO_SUCH_TARGET = failWithCode(NOT_FOUND_CODE, PROCEDURE_GONE);

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
  run: async ({ viewer, input: { procedureId, ...info }, context }) => (procedureId ? updateProcedureInfo(viewer, procedureId, info, context) : NO_SUCH_TARGET),
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId!, 'informations', { succes: 'enregistree' }));
  },
});

export const saveFieldAction = defineAction({
  access: administrator,
  schema: saveFieldSchema,
  run: async ({ viewer, input: { procedureId, itemId, draft }, context }) => {
    if (!procedureId || itemId === null) return NO_SUCH_TARGET;
    return itemId ? updateProcedureField(viewer, procedureId, itemId, draft, context) : addProcedureField(viewer, procedureId, draft, context);
  },
  done: ({ input, data }) => {
    const { tab, anchor, added, updated } = KINDS.field;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId!, tab, { succes: input.itemId ? updated : added, element: data.id }, `${anchor}-${data.id}`));
  },
});

export const saveDocumentAction = defineAction({
  access: administrator,
  schema: saveDocumentSchema,
  run: async ({ viewer, input: { procedureId, itemId, draft }, context }) => {
    if (!procedureId || itemId === null) return NO_SUCH_TARGET;
    return itemId ? updateProcedureDocument(viewer, procedureId, itemId, draft, context) : addProcedureDocument(viewer, procedureId, draft, context);
  },
  done: ({ input, data }) => {
    const { tab, anchor, added, updated } = KINDS.document;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId!, tab, { succes: input.itemId ? updated : added, element: data.id }, `${anchor}-${data.id}`));
  },
});

// The page puts the focus back on the button pressed, to press it again.

export const moveFieldAction = defineAction({
  access: administrator,
  schema: moveItemSchema,
  run: async ({ viewer, input: { procedureId, itemId, direction }, context }) =>
    procedureId && itemId && direction ? moveProcedureField(viewer, procedureId, itemId, direction, context) : NO_SUCH_TARGET,
  done: ({ input: { procedureId, itemId, direction } }) => {
    const { tab, anchor } = KINDS.field;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(procedureId!, tab, { deplace: itemId!, sens: direction! }, `${anchor}-${itemId}`));
  },
});

export const moveDocumentAction = defineAction({
  access: administrator,
  schema: moveItemSchema,
  run: async ({ viewer, input: { procedureId, itemId, direction }, context }) =>
    procedureId && itemId && direction ? moveProcedureDocument(viewer, procedureId, itemId, direction, context) : NO_SUCH_TARGET,
  done: ({ input: { procedureId, itemId, direction } }) => {
    const { tab, anchor } = KINDS.document;
    expirePublicProcedures();
    redirect(adminProcedureTabPath(procedureId!, tab, { deplace: itemId!, sens: direction! }, `${anchor}-${itemId}`));
  },
});

export const removeFieldAction = defineAction({
  access: administrator,
  schema: removeItemSchema,
  run: async ({ viewer, input: { procedureId, itemId }, context }) =>
    procedureId && itemId ? removeProcedureField(viewer, procedureId, itemId, context) : NO_SUCH_TARGET,
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId!, KINDS.field.tab, { succes: KINDS.field.removed }));
  },
});

export const removeDocumentAction = defineAction({
  access: administrator,
  schema: removeItemSchema,
  run: async ({ viewer, input: { procedureId, itemId }, context }) =>
    procedureId && itemId ? removeProcedureDocument(viewer, procedureId, itemId, context) : NO_SUCH_TARGET,
  done: ({ input }) => {
    expirePublicProcedures();
    redirect(adminProcedureTabPath(input.procedureId!, KINDS.document.tab, { succes: KINDS.document.removed }));
  },
});
