import { scanRefusal } from '@/lib/antivirus/scan-status';
import { getFileViewer } from '@/lib/auth/session';
import { findDownloadableFile } from '@/lib/files/find-downloadable-file';
import { fileResponse } from '@/lib/files/serve-file';
import { isPreviewable, previewHeaders } from '@/lib/files/preview-headers';
import { recordAgentDownload } from '@/lib/instruction/dossier-access-log';
import { StorageNotFoundError } from '@/lib/storage';

// Never marks a received document as read: only a real download does. Refusals carry the preview
// headers too, since next.config.ts leaves this route's CSP to it.

const refusal = (error: string, status: number) => Response.json({ error }, { status, headers: previewHeaders('application/json') });
const NOT_FOUND = () => refusal('Fichier introuvable.', 404);

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const viewer = await getFileViewer();
  if (!viewer) return refusal('Connectez-vous pour voir ce fichier.', 401);
  const { fileId } = await params;
  const file = await findDownloadableFile(viewer, fileId);
  if (!file || !isPreviewable(file.mime)) return NOT_FOUND();
  const refused = scanRefusal(file.scanStatus);
  if (refused) return refusal(refused.message, refused.status);
  await recordAgentDownload(viewer, { id: fileId, dossierId: file.dossierId });
  try {
    return await fileResponse(file, undefined, { inline: true, headers: previewHeaders(file.mime) });
  } catch (error) {
    if (error instanceof StorageNotFoundError) {
      console.error(`Fichier ${fileId} absent du stockage`);
      return NOT_FOUND();
    }
    throw error;
  }
}
