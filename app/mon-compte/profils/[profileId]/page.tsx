import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { profilePath } from '@/lib/profiles/profile-paths';
import type { ProfileRouteParams } from './viewer-profile';

// The profile opens on its first tab; the tab itself checks membership (404 for anyone else).
export default async function ProfilePage({ params }: { params: ProfileRouteParams }) {
  const { profileId } = await params;
  await requireUser(profilePath(encodeURIComponent(profileId)));
  redirect(profilePath(encodeURIComponent(profileId)));
}
