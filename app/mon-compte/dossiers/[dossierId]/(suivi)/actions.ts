'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, type ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { answerComplement } from '@/lib/dossiers/answer-complement';
import { dossierPath } from '@/lib/dossiers/dossier-paths';
import { postDossierMessage } from '@/lib/dossiers/post-dossier-message';
import { replaceRejectedAttachment } from '@/lib/dossiers/replace-rejected-attachment';

// Every action authenticates itself and hands the viewer to the domain function, which scopes
// the dossier (lib/dossiers/dossier-access.ts): ids in the form are never trusted.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

export async function replaceRejectedAttachmentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const dossierId = text(formData, 'dossierId');
  const user = await requireUser(`${dossierPath(dossierId)}/justificatifs`);
  const result = await replaceRejectedAttachment(
    user,
    { attachmentId: text(formData, 'attachmentId'), fileId: text(formData, 'fichier') },
    await getRequestContext(),
  );
  if (!result.ok) return result;
  revalidatePath(dossierPath(dossierId), 'layout');
  redirect(`${dossierPath(dossierId)}/justificatifs?succes=remplace`);
}

export async function postDossierMessageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const dossierId = text(formData, 'dossierId');
  const user = await requireUser(`${dossierPath(dossierId)}/echanges`);
  const fileIds = formData.getAll('fichiers').filter((value): value is string => typeof value === 'string');
  const result = await postDossierMessage(user, { dossierId, body: text(formData, 'body'), fileIds }, await getRequestContext());
  if (!result.ok) return { ...result, values: { body: text(formData, 'body') } };
  revalidatePath(dossierPath(dossierId), 'layout');
  redirect(`${dossierPath(dossierId)}/echanges?succes=message`);
}

export async function answerComplementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const dossierId = text(formData, 'dossierId');
  const user = await requireUser(dossierPath(dossierId));
  const expectedVersion = Number(text(formData, 'version'));
  if (!Number.isInteger(expectedVersion)) return fail('Le formulaire est incomplet. Actualisez la page puis recommencez.');
  // The generated form names its inputs by field id; the schema of the dossier's version keeps only those.
  const posted = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const result = await answerComplement(user, { dossierId, expectedVersion, answers: posted, message: text(formData, 'message') }, await getRequestContext());
  if (!result.ok) return { ...result, values: posted };
  revalidatePath(dossierPath(dossierId), 'layout');
  redirect(`${dossierPath(dossierId)}?succes=transmis`);
}
