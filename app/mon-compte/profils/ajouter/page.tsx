import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { Tile } from '@/components/ui/tile';
import { requireUser } from '@/lib/auth/session';
import { ADD_OR_JOIN_PATH, NEW_PROFILE_PATH } from '@/lib/profiles/profile-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { JoinDisclosure } from './join-disclosure';
import { JoinProfileForm } from './join-profile-form';

export const metadata: Metadata = { title: 'Ajouter ou rejoindre un profil' };

export default async function AddOrJoinProfilePage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser(ADD_OR_JOIN_PATH);
  const params = await searchParams;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Ajouter ou rejoindre un profil"
        lead="Déclarez votre association sur le portail, ou rattachez-vous au profil qu’un de ses membres a déjà déclaré."
      />
      <div className="stack">
        <JoinDisclosure
          initiallyOpen={firstParam(params.rejoindre) === '1'}
          addTile={
            <Tile href={NEW_PROFILE_PATH} title="Ajouter un profil" description="Déclarez votre association : vous serez l’administrateur de son profil." />
          }
        >
          <p>Saisissez la clé de partage que vous a transmise l’administrateur du profil, et votre fonction dans l’association.</p>
          <JoinProfileForm />
        </JoinDisclosure>
      </div>
    </div>
  );
}
