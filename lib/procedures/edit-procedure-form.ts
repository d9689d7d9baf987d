import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Viewer } from './admin-viewer';
import type { DocumentDraft, FieldDraft, ProcedureForm } from './field-definitions';
import { moveItem, newItemId, removeItem, replaceItem, type MoveDirection } from './form-items';
import { recordProcedureAudit } from './procedure-audit';
import { hasAnswerField, lockProcedure, readCurrentVersion, readUsedItemIds, saveProcedureForm } from './procedure-versions';
import { PROCEDURE_GONE } from './update-procedure-info';

// Each change locks the démarche and stores the form (a new version if the current one has been public) in one transaction.

const ITEM_GONE = {
  fields: 'Ce champ n’existe plus : un autre administrateur l’a peut-être supprimé. Rechargez la page.',
  documents: 'Cette pièce justificative n’existe plus : un autre administrateur l’a peut-être supprimée. Rechargez la page.',
};

type Kind = keyof ProcedureForm;

type Change = { form: ProcedureForm; event: string; details: Prisma.InputJsonObject & { id: string } } | { failure: ActionResult<never> };

type ChangeContext = { form: ProcedureForm; published: boolean; tx: Tx; procedureId: string };

async function changeProcedureForm(
  viewer: Viewer,
  procedureId: string,
  context: RequestContext,
  change: (current: ChangeContext) => Promise<Change> | Change,
): Promise<ActionResult<{ id: string }>> {
  await assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    if (!(await lockProcedure(tx, procedureId))) return fail(PROCEDURE_GONE);
    const { published } = await tx.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { published: true } });
    const current = await readCurrentVersion(tx, procedureId);
    const result = await change({ form: current.form, published, tx, procedureId });
    if ('failure' in result) return result.failure;

    const created = await saveProcedureForm(tx, { procedureId, current, form: result.form, published, authorId: viewer.id });
    await tx.procedure.update({ where: { id: procedureId }, data: { updatedAt: new Date() } });
    const audit = { actorId: viewer.id, procedureId, ip: context.ip };
    if (created !== null) await recordProcedureAudit(tx, audit, 'version.create', { number: created });
    await recordProcedureAudit(tx, audit, result.event, result.details);
    return succeed({ id: result.details.id });
  });
}

function withItems(form: ProcedureForm, kind: Kind, items: ProcedureForm[Kind]): ProcedureForm {
  return kind === 'fields' ? { ...form, fields: items as ProcedureForm['fields'] } : { ...form, documents: items as ProcedureForm['documents'] };
}

const EVENT_PREFIX: Record<Kind, string> = { fields: 'field', documents: 'document' };

// A draft comes parsed by its form's schema; the whole form is parsed again before it is stored
// (formToJson), which also checks a caller outside the back-office (a test, a script).

function addItem(kind: Kind, draft: FieldDraft | DocumentDraft) {
  return async ({ form, tx, procedureId }: ChangeContext): Promise<Change> => {
    const id = newItemId(draft.label, await readUsedItemIds(tx, procedureId), kind === 'fields' ? 'champ' : 'piece');
    const items = [...form[kind], { ...draft, id }] as ProcedureForm[Kind];
    return {
      form: withItems(form, kind, items),
      event: `${EVENT_PREFIX[kind]}.add`,
      details: { id, label: draft.label, ...('type' in draft ? { type: draft.type } : {}) },
    };
  };
}

function updateItem(kind: Kind, itemId: string, draft: FieldDraft | DocumentDraft) {
  return ({ form }: ChangeContext): Change => {
    const existing = form[kind].find((item) => item.id === itemId);
    if (!existing) return { failure: fail(ITEM_GONE[kind]) };
    if ('type' in existing && 'type' in draft && existing.type !== draft.type) {
      return { failure: fail('Le type d’un champ ne change pas : supprimez ce champ et ajoutez-en un du nouveau type.') };
    }
    const items = replaceItem(form[kind] as { id: string }[], itemId, { ...draft, id: itemId }) as ProcedureForm[Kind];
    return { form: withItems(form, kind, items), event: `${EVENT_PREFIX[kind]}.update`, details: { id: itemId, label: draft.label } };
  };
}

function removeFormItem(kind: Kind, itemId: string) {
  return ({ form, published }: ChangeContext): Change => {
    const items = removeItem(form[kind] as { id: string }[], itemId) as ProcedureForm[Kind] | null;
    if (!items) return { failure: fail(ITEM_GONE[kind]) };
    const next = withItems(form, kind, items);
    if (published && !hasAnswerField(next)) {
      return { failure: fail('Une démarche publiée garde au moins un champ : ajoutez-en un autre avant de supprimer celui-ci, ou dépubliez la démarche.') };
    }
    return { form: next, event: `${EVENT_PREFIX[kind]}.remove`, details: { id: itemId } };
  };
}

function moveFormItem(kind: Kind, itemId: string, direction: MoveDirection) {
  return ({ form }: ChangeContext): Change => {
    const items = moveItem(form[kind] as { id: string }[], itemId, direction) as ProcedureForm[Kind] | null;
    if (!items) return { failure: fail(ITEM_GONE[kind]) };
    return {
      form: withItems(form, kind, items),
      event: `${EVENT_PREFIX[kind]}.move`,
      details: { id: itemId, direction, position: items.findIndex((item) => item.id === itemId) + 1 },
    };
  };
}

export function addProcedureField(viewer: Viewer, procedureId: string, draft: FieldDraft, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, addItem('fields', draft));
}

export function updateProcedureField(viewer: Viewer, procedureId: string, fieldId: string, draft: FieldDraft, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, updateItem('fields', fieldId, draft));
}

export function removeProcedureField(viewer: Viewer, procedureId: string, fieldId: string, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, removeFormItem('fields', fieldId));
}

export function moveProcedureField(viewer: Viewer, procedureId: string, fieldId: string, direction: MoveDirection, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, moveFormItem('fields', fieldId, direction));
}

export function addProcedureDocument(viewer: Viewer, procedureId: string, draft: DocumentDraft, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, addItem('documents', draft));
}

export function updateProcedureDocument(viewer: Viewer, procedureId: string, documentId: string, draft: DocumentDraft, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, updateItem('documents', documentId, draft));
}

export function removeProcedureDocument(viewer: Viewer, procedureId: string, documentId: string, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, removeFormItem('documents', documentId));
}

export function moveProcedureDocument(viewer: Viewer, procedureId: string, documentId: string, direction: MoveDirection, context: RequestContext) {
  return changeProcedureForm(viewer, procedureId, context, moveFormItem('documents', documentId, direction));
}
