import type { AttachmentReview } from '@/lib/generated/prisma/enums';
import { FileLink, type LinkedFile } from './file-link';
import { ReviewTag } from './review-tag';

type Version = { id: string; review: AttachmentReview; reviewMessage: string | null; file: LinkedFile };

/** The replaced versions of a justificatif, each with its review and the reason of a rejection. */
export function AttachmentVersions({ versions, summary }: { versions: Version[]; summary: string }) {
  if (versions.length === 0) return null;
  return (
    <details className="version-history">
      <summary>{summary}</summary>
      <ul>
        {versions.map((attachment) => (
          <li key={attachment.id}>
            <FileLink file={attachment.file} /> — <ReviewTag review={attachment.review} />
            {attachment.reviewMessage ? <span className="pre-line"> (Motif du rejet : {attachment.reviewMessage})</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
