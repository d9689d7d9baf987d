import { scanRefusal } from '@/lib/antivirus/scan-status';
import { getFileViewer } from '@/lib/auth/session';
import { findDownloadableFile, markIssuedDocumentRead } from '@/lib/files/find-downloadable-file';
import { fileResponse } from '@/lib/files/serve-file';
import { recordAgentDownload } from '@/lib/instruction/dossier-access-log';
import { StorageNotFoundError } from '@/lib/storage';

// Same 404 for a missing file and for someone else's.

const NOT_FOUND = () => Response.json({ error: 'Fichier introuvable.' }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const viewer = await getFileViewer();
  if (!viewer) return Response.json({ error: 'Connectez-vous pour télécharger ce fichier.' }, { status: 401 });
  const { fileId } = await params;
  const file = await findDownloadableFile(viewer, fileId);
  if (!file) return NOT_FOUND();
  const refused = scanRefusal(file.scanStatus);
  if (refused) return Response.json({ error: refused.message }, { status: refused.status });
  await recordAgentDownload(viewer, { id: fileId, dossierId: file.dossierId });
  try {
    const response = await fileResponse(file);
    if (file.markRead && file.issuedDocumentId) await markIssuedDocumentRead(file.issuedDocumentId);
    return response;
  } catch (error) {
    if (error instanceof StorageNotFoundError) {
      console.error(`Fichier ${fileId} absent du stockage`);
      return NOT_FOUND();
    }
    throw error;
  }
}
