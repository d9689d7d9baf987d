import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MessageForm } from '@/components/dossiers/message-form';
import { env } from '@/lib/env';
import { postDossierMessageAction } from '../actions';
import { MessageList } from '@/components/dossiers/message-list';
import { Alert } from '@/components/ui/alert';
import { listDossierMessages } from '@/lib/dossiers/find-dossier-details';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { requireViewerDossier, type DossierRouteParams } from '../../../viewer-dossier';

export const metadata: Metadata = { title: 'Échanges du dossier' };

export default async function DossierMessagesPage({ params, searchParams }: { params: DossierRouteParams; searchParams: SearchParams }) {
  const { user, dossier } = await requireViewerDossier(params, '/echanges');
  const listed = await listDossierMessages(user, dossier.id);
  if (!listed) notFound();
  const success = firstParam((await searchParams).succes);
  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="echanges">
        <h2 id="echanges">Échanges</h2>
        {success === 'message' ? <Alert tone="success" title="Votre message a été envoyé aux services du Département." /> : null}
        <MessageList
          messages={listed.messages}
          authorLabel={(message) =>
            message.fromAgent
              ? 'Les services du Département'
              : message.author.id === user.id
                ? 'Vous'
                : `${message.author.firstName} ${message.author.lastName}`
          }
        />
      </section>
      <section className="stack" aria-labelledby="nouveau-message">
        <h2 id="nouveau-message">Écrire aux services</h2>
        <MessageForm dossierId={dossier.id} action={postDossierMessageAction} maxUploadMb={env.MAX_UPLOAD_MB} />
      </section>
    </div>
  );
}
