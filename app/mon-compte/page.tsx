import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { Tile } from '@/components/ui/tile';
import { requireUser } from '@/lib/auth/session';
import { ADD_OR_JOIN_PATH, PROFILES_PATH } from '@/lib/profiles/profile-paths';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function AccountPage() {
  const user = await requireUser('/mon-compte');
  return (
    <div className="stack-lg">
      <PageHeader title="Mon compte" lead={`Bonjour ${user.firstName}`} />
      <ul className="tiles">
        <li>
          <Tile href="/mon-compte/dossiers" title="Mes dossiers" description="Vos demandes et celles de vos associations : suivi, justificatifs, échanges." />
        </li>
        <li>
          <Tile href="/mon-compte/documents-recus" title="Mes documents reçus" description="Les documents que les services du Département vous ont envoyés." />
        </li>
        <li>
          <Tile
            href="/mon-compte/donnees-personnelles"
            title="Mes données personnelles"
            description="Votre nom, votre prénom, votre adresse courriel, votre mot de passe et vos sessions."
          />
        </li>
        <li>
          <Tile href={PROFILES_PATH} title="Mes profils" description="Les associations dont vous êtes membre, leur composition et leurs partages." />
        </li>
        <li>
          <Tile
            href={ADD_OR_JOIN_PATH}
            title="Ajouter ou rejoindre un profil"
            description="Déclarez votre association, ou rattachez-vous à un profil avec la clé de partage reçue."
          />
        </li>
      </ul>
    </div>
  );
}
