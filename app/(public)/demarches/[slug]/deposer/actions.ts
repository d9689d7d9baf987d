'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { draftPath, startDossierPath } from '@/lib/dossiers/dossier-paths';
import { startDossier } from '@/lib/dossiers/start-dossier';
import { startDossierSchema } from './start-dossier-schema';

export async function startDossierAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const slug = z.string().max(200).safeParse(formData.get('procedureSlug'));
  const user = await requireUser(startDossierPath(slug.success ? slug.data : ''));
  const parsed = parseForm(startDossierSchema, formData);
  if (!parsed.success) return parsed.failure;
  const { procedureSlug, profileId, idempotencyKey } = parsed.data;
  const result = await startDossier(user, { procedureSlug, profileId: profileId || null, idempotencyKey }, await getRequestContext());
  if (!result.ok) return result;
  if (!result.data) throw new Error('startDossier: no dossier id');
  redirect(draftPath(result.data.dossierId));
}
