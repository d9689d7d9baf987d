'use client';
import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FieldsetField } from '@/components/forms/fieldset-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { startDossierSchema } from '@/lib/validation/dossier-draft';

type Props = {
  action: FormAction;
  procedureSlug: string;
  idempotencyKey: string;
  /** Null for a démarche of particuliers: the request is made in the viewer's name. */
  profiles: { id: string; name: string }[] | null;
  applicantName: string;
  addProfileHref: string;
};

export function StartDossierForm({ action, procedureSlug, idempotencyKey, profiles, applicantName, addProfileHref }: Props) {
  // A member of one association only has nothing to choose: it is ticked for them.
  const onlyProfileId = profiles?.length === 1 ? profiles[0].id : '';
  const controller = useActionForm({
    schema: startDossierSchema,
    action,
    idPrefix: 'pour-qui',
    defaultValues: { procedureSlug, idempotencyKey, profileId: onlyProfileId },
  });
  const profileError = controller.form.formState.errors.profileId?.message as string | undefined;
  const summaryErrors = controller.summaryErrors.map((error) => (error.href === '#pour-qui-profileId' ? { ...error, href: '#pour-qui-profileId-1' } : error));
  return (
    <>
      <ErrorSummary id="pour-qui-summary" ref={controller.summaryRef} errors={summaryErrors} message={controller.failureMessage} />
      <form action={controller.formAction} onSubmit={controller.onSubmit} noValidate className="stack">
        <input type="hidden" name="procedureSlug" value={procedureSlug} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {profiles === null ? (
          <div className="stack">
            <h2>Pour qui ?</h2>
            <p>
              Vous faites cette demande en votre nom : <strong>{applicantName}</strong>.
            </p>
          </div>
        ) : profiles.length === 0 ? (
          <div className="stack">
            <h2>Pour qui ?</h2>
            <p>Cette démarche est réservée aux associations. Pour déposer une demande, ajoutez le profil de votre association ou rejoignez-le.</p>
            <p>
              <Link href={addProfileHref}>Ajouter ou rejoindre un profil</Link>
            </p>
          </div>
        ) : (
          <FieldsetField id="pour-qui-profileId" legend="Pour qui ?" hint="Choisissez l’association pour laquelle vous faites la demande." error={profileError}>
            <div className="choices">
              {profiles.map((profile, index) => (
                <label key={profile.id} className="choice" htmlFor={`pour-qui-profileId-${index + 1}`}>
                  <input
                    type="radio"
                    id={`pour-qui-profileId-${index + 1}`}
                    value={profile.id}
                    defaultChecked={profile.id === onlyProfileId}
                    {...controller.form.register('profileId')}
                  />
                  {profile.name}
                </label>
              ))}
            </div>
          </FieldsetField>
        )}
        {profiles === null || profiles.length > 0 ? (
          <div className="actions">
            <SubmitButton pending={controller.isPending} pendingLabel="Création du brouillon…">
              Commencer la demande
            </SubmitButton>
          </div>
        ) : null}
      </form>
    </>
  );
}
