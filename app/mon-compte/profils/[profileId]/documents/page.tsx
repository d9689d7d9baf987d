import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { ProfileDocumentCard } from '@/components/profile-documents/profile-document-card';
import { ProfileHeader } from '@/components/profiles/profile-header';
import { Alert } from '@/components/ui/alert';
import { env } from '@/lib/env';
import { profileDocumentTypeLabel } from '@/lib/profile-documents/document-types';
import { listProfileDocuments } from '@/lib/profile-documents/list-profile-documents';
import { profilePath } from '@/lib/profiles/profile-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { profileDocumentTypeSchema } from '@/lib/validation/profile-document';
import { profileTabMetadata, requireViewerProfile, type ProfileRouteParams } from '../viewer-profile';
import { removeProfileDocumentAction } from './actions';
import { AddProfileDocumentForm } from './add-profile-document-form';

export async function generateMetadata({ params }: { params: ProfileRouteParams }): Promise<Metadata> {
  return profileTabMetadata(params, 'documents');
}

const SUCCESS_MESSAGES: Record<string, string> = {
  ajoute: 'Le document a été ajouté aux documents de l’association.',
  remplace: 'Le document a été remplacé. L’ancienne version reste dans l’historique et dans les dossiers déjà déposés avec elle.',
  retire: 'Le document a été retiré des documents de l’association. Les dossiers déposés avec lui le gardent.',
};

type PageProps = { params: ProfileRouteParams; searchParams: SearchParams };

export default async function ProfileDocumentsPage({ params, searchParams }: PageProps) {
  const { user, profile } = await requireViewerProfile(params, 'documents');
  const slots = await listProfileDocuments(user.id, profile.id);
  if (!slots) notFound();
  const query = await searchParams;
  const success = SUCCESS_MESSAGES[firstParam(query.succes) ?? ''];
  const isAdmin = profile.viewer.isAdmin;
  const basePath = profilePath(profile.id, 'documents');
  const replacing = profileDocumentTypeSchema.safeParse(firstParam(query.remplacer));
  const removing = slots.find((slot) => slot.current && slot.current.id === firstParam(query.retirer));

  return (
    <div className="stack-lg">
      <ProfileHeader profileId={profile.id} name={profile.name} current="documents" />
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}
      <p>
        Les documents de l’association sont donnés une fois : quand un membre fait une demande pour l’association, ceux que la démarche demande y sont déjà
        joints.
      </p>

      <section className="stack" aria-labelledby="documents-association">
        <h2 id="documents-association">Documents de l’association</h2>
        <ul className="stack profile-documents">
          {slots.map((slot) => (
            <li key={slot.type}>
              <ProfileDocumentCard
                slot={slot}
                actions={
                  isAdmin && slot.current ? (
                    <p className="actions">
                      <Link href={`${basePath}?remplacer=${slot.type}#ajouter`} className="btn-secondary">
                        Remplacer<span className="visually-hidden"> : {profileDocumentTypeLabel(slot.type)}</span>
                      </Link>
                      <Link href={`${basePath}?retirer=${slot.current.id}#retirer-document`} className="btn-danger" scroll={false}>
                        Retirer<span className="visually-hidden"> : {profileDocumentTypeLabel(slot.type)}</span>
                      </Link>
                    </p>
                  ) : null
                }
              />
            </li>
          ))}
        </ul>
      </section>

      {isAdmin && removing?.current ? (
        <ConfirmStep
          id="retirer-document"
          title={`Retirer « ${profileDocumentTypeLabel(removing.type)} » ?`}
          action={removeProfileDocumentAction}
          fields={{ profileId: profile.id, documentId: removing.current.id }}
          confirmLabel="Retirer le document"
          pendingLabel="En cours…"
          cancelHref={basePath}
        >
          <p>Il ne sera plus proposé dans les demandes. Les dossiers déjà déposés avec lui le gardent.</p>
        </ConfirmStep>
      ) : null}

      <section className="stack" aria-labelledby="ajouter">
        <h2 id="ajouter">{replacing.success ? `Remplacer : ${profileDocumentTypeLabel(replacing.data)}` : 'Ajouter un document'}</h2>
        {isAdmin ? (
          <AddProfileDocumentForm
            key={replacing.data ?? 'nouveau'}
            profileId={profile.id}
            type={replacing.success ? replacing.data : undefined}
            maxUploadMb={env.MAX_UPLOAD_MB}
          />
        ) : (
          <p>Seuls les administrateurs du profil peuvent ajouter, remplacer ou retirer un document.</p>
        )}
      </section>
    </div>
  );
}
