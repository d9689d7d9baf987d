import { formatShortDate } from '@/lib/format/date';

/** Beside a justificatif (agent and applicant): it is the association’s document, given once, and since when it stands. */
export function PorteDocumentsOrigin({ version }: { version: { createdAt: Date; validUntil: Date | null } }) {
  return (
    <p className="muted">
      <span className="tag tag-neutral">Porte-documents</span> Document de l’association, ajouté le {formatShortDate(version.createdAt)}
      {version.validUntil ? `, valable jusqu’au ${formatShortDate(version.validUntil)}` : ', sans date de fin de validité'}.
    </p>
  );
}
