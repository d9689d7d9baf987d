import { scanNotice } from '@/lib/antivirus/scan-status';
import type { FileScanStatus } from '@/lib/generated/prisma/enums';

/** Why a file has no download link: « Analyse antivirus en cours » or « Bloqué : virus détecté ». */
export function ScanNoticeTag({ status }: { status: FileScanStatus }) {
  const notice = scanNotice(status);
  return notice ? <span className={`tag tag-${notice.tone}`}>{notice.text}</span> : null;
}
