import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { NEW_PROFILE_PATH } from '@/lib/profiles/profile-paths';
import { CreateProfileForm } from './create-profile-form';

export const metadata: Metadata = { title: 'Ajouter un profil' };

export default async function NewProfilePage() {
  await requireUser(NEW_PROFILE_PATH);
  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Ajouter un profil"
        lead="Déclarez votre association. Vous serez l’administrateur de son profil : vous pourrez ensuite y rattacher d’autres membres."
      />
      <CreateProfileForm />
    </div>
  );
}
