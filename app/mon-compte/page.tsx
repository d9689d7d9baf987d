import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { Tile } from '@/components/ui/tile';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function AccountPage() {
  const user = await requireUser('/mon-compte');
  return (
    <div className="stack-lg">
      <PageHeader title="Mon compte" lead={`Bonjour ${user.firstName}`} />
      <ul className="tiles">
        <li>
          <Tile
            href="/mon-compte/donnees-personnelles"
            title="Mes données personnelles"
            description="Votre nom, votre prénom, votre adresse courriel, votre mot de passe et vos sessions."
          />
        </li>
      </ul>
    </div>
  );
}
