import type { ReactNode } from 'react';
import { FileLink } from '@/components/dossiers/file-link';
import { formatShortDate } from '@/lib/format/date';
import { profileDocumentTypeLabel } from '@/lib/profile-documents/document-types';
import type { ProfileDocumentSlot, ProfileDocumentVersion } from '@/lib/profile-documents/list-profile-documents';

function VersionDetails({ version }: { version: ProfileDocumentVersion }) {
  return (
    <>
      <FileLink file={version.file} showDate={false} />
      <br />
      <span className="muted">
        {version.validUntil ? `Valable jusqu’au ${formatShortDate(version.validUntil)}` : 'Sans date de fin de validité'} · Ajouté
        {version.addedBy ? ` par ${version.addedBy}` : ''} le {formatShortDate(version.createdAt)}
        {version.replacedAt ? ` · Remplacé le ${formatShortDate(version.replacedAt)}` : ''}
        {version.removedAt ? ` · Retiré le ${formatShortDate(version.removedAt)}` : ''}
      </span>
      {version.rejectedAt ? (
        <>
          <br />
          <span className="tag tag-error">Rejeté par les services le {formatShortDate(version.rejectedAt)}</span>
          {version.rejectionMessage ? <span className="pre-line"> Motif : {version.rejectionMessage}</span> : null}
        </>
      ) : null}
    </>
  );
}

/** One type of the porte-documents: the current version, its history, and the administrators' actions. */
export function ProfileDocumentCard({ slot, actions }: { slot: ProfileDocumentSlot; actions?: ReactNode }) {
  const headingId = `document-${slot.type}`;
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{profileDocumentTypeLabel(slot.type)}</h3>
      {slot.current ? (
        <p>
          <VersionDetails version={slot.current} />
        </p>
      ) : (
        <p className="empty-state">Aucun document</p>
      )}
      {actions}
      {slot.history.length > 0 ? (
        <details className="version-history">
          <summary>Versions précédentes ({slot.history.length})</summary>
          <ul>
            {slot.history.map((version) => (
              <li key={version.id}>
                <VersionDetails version={version} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
