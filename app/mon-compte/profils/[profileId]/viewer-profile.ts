import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PROFILE_TAB_LABELS } from '@/components/profiles/profile-header';
import { getFullySignedInUser, requireUser } from '@/lib/auth/session';
import { getViewerProfile } from '@/lib/profiles/get-viewer-profile';
import { profilePath, type ProfileTab } from '@/lib/profiles/profile-paths';

export type ProfileRouteParams = Promise<{ profileId: string }>;

export async function requireViewerProfile(params: ProfileRouteParams, tab: ProfileTab) {
  const { profileId } = await params;
  const user = await requireUser(profilePath(encodeURIComponent(profileId), tab));
  const profile = await getViewerProfile(user.id, profileId);
  if (!profile) notFound();
  return { user, profile };
}

/** « Composition — Les Amis du Moulin — Guichet »; the 404 page's title for anyone else. */
export async function profileTabMetadata(params: ProfileRouteParams, tab: ProfileTab): Promise<Metadata> {
  const { profileId } = await params;
  const user = await getFullySignedInUser();
  const profile = user ? await getViewerProfile(user.id, profileId) : null;
  return { title: profile ? `${PROFILE_TAB_LABELS[tab]} — ${profile.name}` : 'Page introuvable' };
}
