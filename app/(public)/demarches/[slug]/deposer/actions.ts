'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { draftPath, startDossierPath } from '@/lib/dossiers/dossier-paths';
import { startDossier } from '@/lib/dossiers/start-dossier';
import { startDossierSchema } from '@/lib/validation/dossier-draft';

export const startDossierAction = defineAction({
  // Back to this démarche's « Pour qui ? » after signing in; the domain reads the slug again.
  access: (formData) => {
    const slug = startDossierSchema.shape.procedureSlug.safeParse(formData.get('procedureSlug'));
    return requireUser(startDossierPath(slug.success ? slug.data : ''));
  },
  schema: startDossierSchema,
  run: ({ viewer, input, context }) => startDossier(viewer, input, context),
  done: ({ data }) => redirect(draftPath(data.dossierId)),
});
