import type { AttachmentReview } from '@/lib/generated/prisma/enums';

export const REVIEW_LABELS: Record<AttachmentReview, string> = {
  EN_ATTENTE: 'En attente de vérification',
  VALIDE: 'Validé',
  REJETE: 'Rejeté',
};

const TONES: Record<AttachmentReview, string> = { EN_ATTENTE: 'tag tag-neutral', VALIDE: 'tag tag-success', REJETE: 'tag tag-error' };

export function ReviewTag({ review }: { review: AttachmentReview }) {
  return <span className={TONES[review]}>{REVIEW_LABELS[review]}</span>;
}
