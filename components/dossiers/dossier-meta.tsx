import type { ReactNode } from 'react';
import type { DossierStatus } from '@/lib/generated/prisma/client';
import { formatLongDate } from '@/lib/format/date';
import { DossierStatusTag } from './dossier-status-tag';

type DossierMetaProps = {
  status: DossierStatus;
  submittedAt: Date | null;
  /** What sits between the status and the deposit date (démarche, applicant, profile…). */
  items: { label: string; value: ReactNode }[];
};

/** The facts under a dossier's title, for the applicant and for the agents alike. */
export function DossierMeta({ status, submittedAt, items }: DossierMetaProps) {
  const entries = [{ label: 'Statut', value: <DossierStatusTag status={status} /> }, ...items];
  if (submittedAt) entries.push({ label: 'Déposé le', value: formatLongDate(submittedAt) });
  return (
    <dl className="dossier-meta">
      {entries.map((entry) => (
        <div key={entry.label}>
          <dt>{entry.label}</dt>
          <dd>{entry.value}</dd>
        </div>
      ))}
    </dl>
  );
}
