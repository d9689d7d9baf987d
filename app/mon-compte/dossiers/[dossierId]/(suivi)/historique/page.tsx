import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HistoryTable } from '@/components/dossiers/history-table';
import { listDossierEvents } from '@/lib/dossiers/find-dossier-details';
import { requireViewerDossier, type DossierRouteParams } from '../../../viewer-dossier';

export const metadata: Metadata = { title: 'Historique du dossier' };

export default async function DossierHistoryPage({ params }: { params: DossierRouteParams }) {
  const { user, dossier } = await requireViewerDossier(params, '/historique');
  const listed = await listDossierEvents(user, dossier.id);
  if (!listed) notFound();
  return (
    <section className="stack" aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      <HistoryTable
        events={listed.events}
        actorLabel={(actor) =>
          !actor ? 'Les services' : actor.id === user.id ? 'Vous' : actor.role !== 'USAGER' ? 'Les services' : `${actor.firstName} ${actor.lastName}`
        }
      />
    </section>
  );
}
