import Link from 'next/link';
import type { ReactNode } from 'react';
import { DossierMeta } from '@/components/dossiers/dossier-meta';
import { DossierTabs } from '@/components/dossiers/dossier-tabs';
import { Alert } from '@/components/ui/alert';
import { dossierPath } from '@/lib/dossiers/dossier-paths';
import { unsafeFindComplementRequest } from '@/lib/dossiers/find-dossier-details';
import { ComplementDueDate } from '@/components/dossiers/complement-due-date';
import { dossierTabs, dossierTitle, listToReplace, requireViewerDossier, type DossierRouteParams } from '../../viewer-dossier';

// The frame of every tab: title, status, profile, the services' pending request, the tabs.
// Each page checks access again itself (a layout is not a security boundary).

export default async function DossierLayout({ children, params }: { children: ReactNode; params: DossierRouteParams }) {
  const { dossier } = await requireViewerDossier(params);
  const request = dossier.status === 'COMPLEMENT_DEMANDE' ? await unsafeFindComplementRequest(dossier.id) : null;
  const toReplace = await listToReplace(dossier);
  return (
    <div className="stack-lg">
      <div className="page-header">
        <p className="back-link">
          <Link href="/mon-compte/dossiers">Mes dossiers</Link>
        </p>
        <h1>{dossierTitle(dossier)}</h1>
        <DossierMeta status={dossier.status} submittedAt={dossier.submittedAt} items={[{ label: 'Profil', value: dossier.profile?.name ?? 'Moi-même' }]} />
      </div>
      {request ? (
        <Alert tone="info" title="Des informations complémentaires sont demandées" className="complement-request">
          <p className="pre-line">{request.message}</p>
          {dossier.complementDueAt ? <ComplementDueDate dueAt={dossier.complementDueAt} /> : null}
          <p>
            {/* A plain link: the browser moves the focus to the form's heading (tabindex -1), Next's Link only scrolls. */}
            <a href={`${dossierPath(dossier.id)}#repondre`}>Répondre à la demande</a>
          </p>
        </Alert>
      ) : null}
      <DossierTabs basePath={dossierPath(dossier.id)} tabs={dossierTabs(toReplace.length)} />
      {children}
    </div>
  );
}
