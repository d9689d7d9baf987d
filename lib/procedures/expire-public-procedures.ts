import 'server-only';
import { updateTag } from 'next/cache';
import { PUBLIC_PROCEDURES_TAG } from './find-featured-procedures';

/** updateTag, not revalidateTag: the administrator who just published must see the new banner, not a stale copy. */
export function expirePublicProcedures(): void {
  updateTag(PUBLIC_PROCEDURES_TAG);
}
