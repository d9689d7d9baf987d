'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
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
import { itemIdSchema } from '@/lib/procedures/field-definitions';
import { ADMIN_PROCEDURES_PATH, adminProcedurePath, NEW_PROCEDURE_PATH, type AdminProcedureTab } from '@/lib/procedures/procedure-paths';
import { updateProcedureInfo } from '@/lib/procedures/update-procedure-info';
import { documentFormSchema, fieldFormSchema, procedureInfoSchema } from '@/lib/validation/procedure';

// Every action is a public endpoint: it checks the administrator first (the domain checks
// again), then parses its input, calls the domain, expires the public pages' cache, then redirects
// to the page, which says what happened.

/** The ids a builder form carries in hidden fields: checked, never trusted. */
const targetSchema = z.object({
  procedureId: z.uuid(),
  itemId: itemIdSchema.optional(),
  direction: z.enum(['up', 'down']).optional(),
});

function readTarget(formData: FormData) {
  const value = (name: string) => {
    const raw = formData.get(name);
    return typeof raw === 'string' && raw !== '' ? raw : undefined;
  };
  const parsed = targetSchema.safeParse({ procedureId: value('procedureId'), itemId: value('itemId'), direction: value('direction') });
  if (!parsed.success) notFound();
  return parsed.data;
}

function backTo(procedureId: string, tab: AdminProcedureTab, query: Record<string, string>, anchor?: string): never {
  redirect(`${adminProcedurePath(procedureId, tab)}?${new URLSearchParams(query)}${anchor ? `#${anchor}` : ''}`);
}

export async function createProcedureAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const admin = await requireAdmin(NEW_PROCEDURE_PATH);
  const parsed = parseForm(procedureInfoSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await createProcedure(admin, parsed.data, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  expirePublicProcedures();
  backTo(result.data!.id, 'formulaire', { succes: 'creee' });
}

export async function updateProcedureInfoAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const admin = await requireAdmin(ADMIN_PROCEDURES_PATH);
  const { procedureId } = readTarget(formData);
  const parsed = parseForm(procedureInfoSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await updateProcedureInfo(admin, procedureId, parsed.data, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  expirePublicProcedures();
  backTo(procedureId, 'informations', { succes: 'enregistree' });
}

// Fields and required documents are built the same way: one set of actions per kind.
const KINDS = {
  field: {
    tab: 'formulaire',
    anchor: 'champ',
    schema: fieldFormSchema,
    add: addProcedureField,
    update: updateProcedureField,
    remove: removeProcedureField,
    move: moveProcedureField,
    added: 'champ-ajoute',
    updated: 'champ-modifie',
    removed: 'champ-supprime',
  },
  document: {
    tab: 'pieces-justificatives',
    anchor: 'piece',
    schema: documentFormSchema,
    add: addProcedureDocument,
    update: updateProcedureDocument,
    remove: removeProcedureDocument,
    move: moveProcedureDocument,
    added: 'piece-ajoutee',
    updated: 'piece-modifiee',
    removed: 'piece-supprimee',
  },
} as const;

type Kind = keyof typeof KINDS;

async function saveItem(kind: Kind, formData: FormData): Promise<ActionResult<unknown>> {
  const config = KINDS[kind];
  const admin = await requireAdmin(ADMIN_PROCEDURES_PATH);
  const { procedureId, itemId } = readTarget(formData);
  const parsed = parseForm(config.schema, formData);
  if (!parsed.success) return parsed.failure;
  const context = await getRequestContext();
  // The schema chose the draft's shape; the domain parses it again with the definitions' rules.
  const draft = parsed.data as never;
  const result = itemId ? await config.update(admin, procedureId, itemId, draft, context) : await config.add(admin, procedureId, draft, context);
  if (!result.ok) return { ...result, values: echoValues(formData) };
  expirePublicProcedures();
  const id = result.data!.id;
  backTo(procedureId, config.tab, { succes: itemId ? config.updated : config.added, element: id }, `${config.anchor}-${id}`);
}

async function moveItem(kind: Kind, formData: FormData): Promise<ActionResult> {
  const config = KINDS[kind];
  const admin = await requireAdmin(ADMIN_PROCEDURES_PATH);
  const { procedureId, itemId, direction } = readTarget(formData);
  if (!itemId || !direction) notFound();
  const result = await config.move(admin, procedureId, itemId, direction, await getRequestContext());
  if (!result.ok) return result;
  expirePublicProcedures();
  // The page puts the focus back on the button pressed, to press it again.
  backTo(procedureId, config.tab, { deplace: itemId, sens: direction }, `${config.anchor}-${itemId}`);
}

async function removeItem(kind: Kind, formData: FormData): Promise<ActionResult> {
  const config = KINDS[kind];
  const admin = await requireAdmin(ADMIN_PROCEDURES_PATH);
  const { procedureId, itemId } = readTarget(formData);
  if (!itemId) notFound();
  const result = await config.remove(admin, procedureId, itemId, await getRequestContext());
  if (!result.ok) return result;
  expirePublicProcedures();
  backTo(procedureId, config.tab, { succes: config.removed });
}

export async function saveFieldAction(_previous: ActionResult<unknown> | null, formData: FormData) {
  return saveItem('field', formData);
}

export async function moveFieldAction(_previous: ActionResult | null, formData: FormData) {
  return moveItem('field', formData);
}

export async function removeFieldAction(_previous: ActionResult | null, formData: FormData) {
  return removeItem('field', formData);
}

export async function saveDocumentAction(_previous: ActionResult<unknown> | null, formData: FormData) {
  return saveItem('document', formData);
}

export async function moveDocumentAction(_previous: ActionResult | null, formData: FormData) {
  return moveItem('document', formData);
}

export async function removeDocumentAction(_previous: ActionResult | null, formData: FormData) {
  return removeItem('document', formData);
}
