import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';

const TONES: Record<DossierStatus, string> = {
  BROUILLON: 'tag-neutral',
  DEPOSE: 'tag',
  EN_INSTRUCTION: 'tag',
  COMPLEMENT_DEMANDE: 'tag-action',
  ACCEPTE: 'tag-success',
  REFUSE: 'tag-error',
  SANS_SUITE: 'tag-neutral',
};

export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const tone = TONES[status];
  return <span className={tone === 'tag' ? 'tag' : `tag ${tone}`}>{DOSSIER_STATUS_LABELS[status]}</span>;
}
