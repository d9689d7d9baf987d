'use client';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { MemberFunctionFields } from '@/components/profiles/member-function-fields';
import { ProfileInfoFields } from '@/components/profiles/profile-info-fields';
import { ADD_OR_JOIN_PATH } from '@/lib/profiles/profile-paths';
import { createProfileSchema } from '@/lib/validation/profile';
import { createProfileAction } from './actions';

export function CreateProfileForm() {
  const controller = useActionForm({ schema: createProfileSchema, action: createProfileAction, idPrefix: 'profil' });
  const { isPending, textField, form } = controller;
  return (
    <ActionForm controller={controller}>
      <ProfileInfoFields field={textField} idPrefix="profil" />
      <fieldset className="form-section">
        <legend>Votre rôle dans l’association</legend>
        <MemberFunctionFields functionField={textField('function')} detailField={textField('functionDetail')} selected={form.watch('function')} />
      </fieldset>
      <div className="actions">
        <SubmitButton pending={isPending} pendingLabel="Création en cours…">
          Créer le profil
        </SubmitButton>
        <Link href={ADD_OR_JOIN_PATH}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
