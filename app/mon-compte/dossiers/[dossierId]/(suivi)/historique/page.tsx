import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HistoryTable } from '@/components/dossiers/history-table';
import { listDossierEvents } from '@/lib/dossiers/find-dossier-details';
import { env } from '@/lib/env';
import { unsafeListServiceConsultations } from '@/lib/instruction/dossier-access-log';
import { requireViewerDossier, type DossierRouteParams } from '../../../viewer-dossier';

export const metadata: Metadata = { title: 'Historique du dossier' };

export default async function DossierHistoryPage({ params }: { params: DossierRouteParams }) {
  const { user, dossier } = await requireViewerDossier(params, '/historique');
  const listed = await listDossierEvents(user, dossier.id);
  if (!listed) notFound();
  const consultations = await unsafeListServiceConsultations(dossier.id, env.DOSSIER_ACCESS_SHOWN_TO_APPLICANT === 'on');
  const events = [
    ...listed.events,
    ...consultations.map((createdAt) => ({
      id: `consulte-${createdAt.getTime()}`,
      type: 'consulted',
      fromStatus: null,
      toStatus: null,
      message: null,
      createdAt,
      actor: null,
    })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    <section className="stack" aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      <HistoryTable
        events={events}
        actorLabel={(actor) =>
          !actor ? 'Les services' : actor.id === user.id ? 'Vous' : actor.role !== 'USAGER' ? 'Les services' : `${actor.firstName} ${actor.lastName}`
        }
      />
    </section>
  );
}
