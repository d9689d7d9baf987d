import { getFileViewer } from '@/lib/auth/session';
import { handleUpload } from '@/lib/files/handle-upload';

// Not a server action: those buffer and cap the body at 1 MB. A JSON API: signed out is a 401.

export async function POST(request: Request): Promise<Response> {
  const viewer = await getFileViewer();
  if (!viewer) return Response.json({ error: 'Connectez-vous pour déposer un fichier.' }, { status: 401 });
  return handleUpload(request, viewer);
}
