import { fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { formatShortDate } from '@/lib/format/date';
import { formatFileSize } from '@/lib/format/file-size';

type FileLinkProps = { file: { id: string; originalName: string; size: number; createdAt: Date }; showDate?: boolean };

/** A stored file as people see it: its name (the download link), its size and date. */
export function FileLink({ file, showDate = true }: FileLinkProps) {
  return (
    <span className="file-link">
      <a href={fileDownloadPath(file.id)} download>
        {file.originalName}
      </a>{' '}
      <span className="muted">
        ({formatFileSize(file.size)}
        {showDate ? `, ${formatShortDate(file.createdAt)}` : ''})
      </span>
    </span>
  );
}
