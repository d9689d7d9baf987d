'use client';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { ProfileInfoFields } from '@/components/profiles/profile-info-fields';
import type { ViewerProfile } from '@/lib/profiles/get-viewer-profile';
import { profilePath } from '@/lib/profiles/profile-paths';
import { profileInfoSchema } from '@/lib/validation/profile';
import { updateProfileAction } from './actions';

export type EditableProfile = Omit<ViewerProfile, 'createdAt' | 'viewer'>;

export function EditProfileForm({ profile }: { profile: EditableProfile }) {
  const { id, ...info } = profile;
  const controller = useActionForm({
    schema: profileInfoSchema,
    action: updateProfileAction,
    idPrefix: 'informations',
    defaultValues: { ...info, profileId: id, rna: info.rna ?? '', siret: info.siret ?? '', contactPhone: info.contactPhone ?? '' },
  });
  const { isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="profileId" value={id} />
      <ProfileInfoFields field={textField} idPrefix="informations" />
      <div className="actions">
        <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
          Valider
        </SubmitButton>
        <Link href={profilePath(id)}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
