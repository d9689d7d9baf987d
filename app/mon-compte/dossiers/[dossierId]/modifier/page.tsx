import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { SaveJustificatifsSection } from '@/components/profile-documents/save-justificatifs-section';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { dossierPath, draftPath } from '@/lib/dossiers/dossier-paths';
import { getDraftForEditing } from '@/lib/dossiers/get-draft-for-editing';
import { env } from '@/lib/env';
import { listSavableJustificatifs } from '@/lib/profile-documents/list-savable-justificatifs';
import { attachJustificatifAction, autosaveDraftAction, deleteDraftAction, draftFormAction, saveJustificatifToProfileAction } from './actions';
import { DossierDraftForm } from './dossier-draft-form';

type Props = { params: Promise<{ dossierId: string }>; searchParams: Promise<{ supprimer?: string; succes?: string }> };

export const metadata: Metadata = { title: 'Ma demande (brouillon)' };

export default async function DraftPage({ params, searchParams }: Props) {
  const { dossierId } = await params;
  const user = await requireUser(draftPath(encodeURIComponent(dossierId)));
  const draft = await getDraftForEditing(user, dossierId);
  if (!draft) notFound();
  if (draft.status !== 'BROUILLON') redirect(dossierPath(draft.id));
  const query = await searchParams;
  const confirmDelete = query.supprimer === '1';
  const savable = await listSavableJustificatifs(user.id, draft.id);

  return (
    <div className="stack-lg narrow">
      <PageHeader title="Ma demande" lead={draft.procedure.title} focusTitle>
        <p>
          <span className="tag tag-neutral">Brouillon</span>
          {draft.profileName ? (
            <>
              {' '}
              Pour le compte de <strong>{draft.profileName}</strong>
            </>
          ) : null}
        </p>
      </PageHeader>
      {query.succes === 'porte-documents' ? (
        <Alert tone="success">
          <p>Le justificatif a été enregistré dans les documents de l’association.</p>
        </Alert>
      ) : null}
      <p>Vos réponses sont enregistrées comme brouillon : vous pouvez quitter cette page et reprendre votre demande plus tard depuis « Mes dossiers ».</p>
      {draft.prefillNotice ? <p>{draft.prefillNotice}</p> : null}
      <DossierDraftForm
        dossierId={draft.id}
        fields={draft.form.fields}
        documents={draft.form.documents}
        answers={draft.answers}
        attachments={draft.attachments}
        maxUploadMb={env.MAX_UPLOAD_MB}
        action={draftFormAction}
        autosave={autosaveDraftAction}
        attach={attachJustificatifAction}
      />
      <SaveJustificatifsSection dossierId={draft.id} justificatifs={savable} action={saveJustificatifToProfileAction} />
      <section className="stack" aria-labelledby="supprimer">
        <h2 id="supprimer" className="visually-hidden">
          Supprimer le brouillon
        </h2>
        {confirmDelete ? (
          <ConfirmStep
            id="supprimer-brouillon"
            title="Supprimer ce brouillon ?"
            action={deleteDraftAction}
            fields={{ dossierId: draft.id }}
            confirmLabel="Supprimer le brouillon"
            pendingLabel="Suppression…"
            cancelHref={draftPath(draft.id)}
          >
            <p>Vos réponses et les fichiers joints seront supprimés. Cette action est définitive.</p>
          </ConfirmStep>
        ) : (
          <p>
            <Link href={`${draftPath(draft.id)}?supprimer=1#supprimer-brouillon`} className="btn-danger">
              Supprimer le brouillon
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
