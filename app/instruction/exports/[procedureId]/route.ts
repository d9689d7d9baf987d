import { loginPathFor } from '@/lib/auth/session';
import { getAgentForRoute } from '@/lib/auth/route-agent';
import { env } from '@/lib/env';
import { contentDisposition } from '@/lib/files/serve-file';
import { isExportableStatus } from '@/lib/instruction/export-columns';
import { dossierExportStream, exportFileName, prepareDossierExport, recordDossierExport } from '@/lib/instruction/export-dossiers';
import { EXPORTS_PATH } from '@/lib/instruction/instruction-paths';
import { getClientIp } from '@/lib/security/client-ip';

// An agent outside the démarche's scope gets the same 404 as for an unknown démarche.

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

export async function GET(request: Request, { params }: { params: Promise<{ procedureId: string }> }): Promise<Response> {
  const caller = await getAgentForRoute(EXPORTS_PATH);
  if (caller.status === 'signed-out') return seeOther(loginPathFor(EXPORTS_PATH));
  if (caller.status === 'second-factor') return seeOther(caller.location);
  if (caller.status === 'forbidden') return text('Accès refusé : les exports sont réservés aux agents du Département.', 403);

  const { procedureId } = await params;
  const statut = new URL(request.url).searchParams.get('statut') || undefined;
  if (statut !== undefined && !isExportableStatus(statut)) return text('Statut inconnu.', 400);
  const dossierExport = await prepareDossierExport(caller.agent, { procedureId, status: statut });
  if (!dossierExport) return text('Démarche introuvable.', 404);

  await recordDossierExport(caller.agent, dossierExport, { ip: getClientIp(request.headers, env.TRUST_PROXY) });
  return new Response(dossierExportStream(dossierExport), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(exportFileName(dossierExport)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
