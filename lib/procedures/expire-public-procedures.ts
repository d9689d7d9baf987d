import 'server-only';
import { updateTag } from 'next/cache';
import { PUBLIC_PROCEDURES_TAG } from './find-featured-procedures';

/**
 * Called by every back-office action that changes a démarche: the next home page reads the
 * database again (updateTag, not revalidateTag: the administrator who just published must see
 * the banner with the new démarche, not a stale copy refreshed in the background).
 */
export function expirePublicProcedures(): void {
  updateTag(PUBLIC_PROCEDURES_TAG);
}
