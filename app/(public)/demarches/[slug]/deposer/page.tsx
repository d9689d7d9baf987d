import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { startDossierPath } from '@/lib/dossiers/dossier-paths';
import { campaignStatus } from '@/lib/procedures/campaign-dates';
import { getPublishedProcedure } from '@/lib/procedures/get-published-procedure';
import { listViewerProfiles } from '@/lib/profiles/list-viewer-profiles';
import { ADD_OR_JOIN_PATH } from '@/lib/profiles/profile-paths';
import { startDossierAction } from './actions';
import { StartDossierForm } from './start-dossier-form';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await getPublishedProcedure((await params).slug);
  return { title: procedure ? `Déposer une demande — ${procedure.title}` : 'Démarche introuvable' };
}

export default async function StartDossierPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(startDossierPath(encodeURIComponent(slug)));
  const procedure = await getPublishedProcedure(slug);
  if (!procedure) notFound();
  const open = campaignStatus(procedure) === 'open';
  const profiles = procedure.audience === 'ASSOCIATION' ? (await listViewerProfiles(user.id)).map(({ id, name }) => ({ id, name })) : null;

  return (
    <div className="stack-lg narrow">
      <PageHeader title="Déposer une demande" lead={procedure.title} />
      {open ? (
        <StartDossierForm
          action={startDossierAction}
          procedureSlug={procedure.slug}
          // A new key per display: a double click or a replay of this post returns the same draft.
          idempotencyKey={randomUUID()}
          profiles={profiles}
          applicantName={`${user.firstName} ${user.lastName}`}
          addProfileHref={ADD_OR_JOIN_PATH}
        />
      ) : (
        <Alert tone="info" title="Cette démarche n’est pas ouverte">
          <p>Vous ne pouvez pas déposer de demande pour le moment.</p>
        </Alert>
      )}
      <p>
        <Link href={`/demarches/${procedure.slug}`}>Retour à la démarche</Link>
      </p>
    </div>
  );
}
