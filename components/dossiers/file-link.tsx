import { isServable } from '@/lib/antivirus/scan-status';
import { fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { formatShortDate } from '@/lib/format/date';
import { formatFileSize } from '@/lib/format/file-size';
import type { FileScanStatus } from '@/lib/generated/prisma/enums';
import { ScanNoticeTag } from './scan-notice-tag';

/** What a listed file needs: the antivirus status decides whether it gets a link. */
export type LinkedFile = { id: string; originalName: string; size: number; createdAt: Date; scanStatus: FileScanStatus };

type FileLinkProps = { file: LinkedFile; showDate?: boolean };

/**
 * A stored file as people see it: its name (the download link), its size and date. A file the
 * antivirus has not cleared has no link, only its name and why (lib/antivirus/scan-status.ts).
 */
export function FileLink({ file, showDate = true }: FileLinkProps) {
  const details = (
    <span className="muted">
      ({formatFileSize(file.size)}
      {showDate ? `, ${formatShortDate(file.createdAt)}` : ''})
    </span>
  );
  if (!isServable(file.scanStatus)) {
    return (
      <span className="file-link">
        {file.originalName} {details} <ScanNoticeTag status={file.scanStatus} />
      </span>
    );
  }
  return (
    <span className="file-link">
      <a href={fileDownloadPath(file.id)} download>
        {file.originalName}
      </a>{' '}
      {details}
    </span>
  );
}
