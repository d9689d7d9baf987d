import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getFullySignedInUser, requireUser } from '@/lib/auth/session';
import { findDossierForViewer } from '@/lib/dossiers/dossier-access';
import { dossierPath, draftPath } from '@/lib/dossiers/dossier-paths';

export type DossierRouteParams = Promise<{ dossierId: string }>;

export const DOSSIER_TABS = [
  { segment: '', label: 'Résumé' },
  { segment: '/justificatifs', label: 'Justificatifs' },
  { segment: '/echanges', label: 'Échanges' },
  { segment: '/historique', label: 'Historique' },
] as const;

const loadDossier = cache(async (viewerId: string, dossierId: string) => findDossierForViewer({ id: viewerId }, dossierId));

/** For generateMetadata: the same dossier as the page (read once per request), or null. */
export async function viewerDossierOrNull(params: DossierRouteParams) {
  const { dossierId } = await params;
  const user = await getFullySignedInUser();
  return user ? loadDossier(user.id, dossierId) : null;
}

/** The signed-in viewer and a dossier they may see (applicant or member of its profile); 404 for any other id. */
export async function requireViewerDossier(params: DossierRouteParams, segment = '') {
  const { dossierId } = await params;
  const user = await requireUser(`${dossierPath(encodeURIComponent(dossierId))}${segment}`);
  const dossier = await loadDossier(user.id, dossierId);
  if (!dossier) notFound();
  // A draft (visible to its author only) is resumed in its editor, not followed here.
  if (dossier.status === 'BROUILLON') redirect(draftPath(dossier.id));
  return { user, dossier };
}

export function dossierTitle(dossier: { number: string | null; procedure: { title: string } }): string {
  return `Dossier n° ${dossier.number ?? ''} — ${dossier.procedure.title}`;
}
