import { getFileViewer } from '@/lib/auth/session';
import { handleUpload } from '@/lib/files/handle-upload';

// Uploads of justificatifs and attachments: streamed (server actions would buffer and cap the
// body at 1 MB), outside any proxy matcher (the proxy cuts bodies at 10 MB). The logic and its
// CSRF check live in lib/files/handle-upload.ts. A JSON API: signed out is a 401, not a redirect.

export async function POST(request: Request): Promise<Response> {
  const viewer = await getFileViewer();
  if (!viewer) return Response.json({ error: 'Connectez-vous pour déposer un fichier.' }, { status: 401 });
  return handleUpload(request, viewer);
}
