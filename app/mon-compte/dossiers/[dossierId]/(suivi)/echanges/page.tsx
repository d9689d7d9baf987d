import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FileLink } from '@/components/dossiers/file-link';
import { MessageForm } from '@/components/dossiers/message-form';
import { Alert } from '@/components/ui/alert';
import { listDossierMessages } from '@/lib/dossiers/find-dossier-details';
import { formatDateTime } from '@/lib/format/date';
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
        {listed.messages.length === 0 ? (
          <p className="empty-state">Aucun message pour l’instant.</p>
        ) : (
          <ol className="message-list">
            {listed.messages.map((message) => {
              const author = message.fromAgent
                ? 'Les services du Département'
                : message.author.id === user.id
                  ? 'Vous'
                  : `${message.author.firstName} ${message.author.lastName}`;
              return (
                <li key={message.id} className={`card message${message.fromAgent ? ' message--services' : ''}`}>
                  <p className="message__meta">
                    <strong>{author}</strong>, le {formatDateTime(message.createdAt)}
                  </p>
                  <p className="pre-line">{message.body}</p>
                  {message.files.length > 0 ? (
                    <ul className="message__files" aria-label="Pièces jointes">
                      {message.files.map(({ file }) => (
                        <li key={file.id}>
                          <FileLink file={file} showDate={false} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="stack" aria-labelledby="nouveau-message">
        <h2 id="nouveau-message">Écrire aux services</h2>
        <MessageForm dossierId={dossier.id} />
      </section>
    </div>
  );
}
