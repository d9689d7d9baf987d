import { getFileViewer } from '@/lib/auth/session';
import { findDownloadableExport } from '@/lib/data-exports/list-data-exports';
import { fileResponse } from '@/lib/files/serve-file';
import { StorageNotFoundError } from '@/lib/storage';

// « Télécharger mes données »: the archive, to its requester only, signed in, until it expires.
// Same 404 for a missing, expired or someone else's archive; served like every stored file
// (lib/files/serve-file.ts: SHA-256 checked on the way, private, no-store).

const NOT_FOUND = () => Response.json({ error: 'Archive introuvable ou expirée.' }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ exportId: string }> }): Promise<Response> {
  const viewer = await getFileViewer();
  if (!viewer) return Response.json({ error: 'Connectez-vous pour télécharger cette archive.' }, { status: 401 });
  const { exportId } = await params;
  const archive = await findDownloadableExport(viewer.id, exportId);
  if (!archive) return NOT_FOUND();
  try {
    return await fileResponse(archive);
  } catch (error) {
    if (error instanceof StorageNotFoundError) {
      console.error(`Archive ${exportId} absente du stockage`);
      return NOT_FOUND();
    }
    throw error;
  }
}
