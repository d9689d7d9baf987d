import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPage } from '@/components/ui/error-page';

export const metadata: Metadata = { title: 'Accès refusé' };

export default function Forbidden() {
  return (
    <ErrorPage title="Accès refusé" actions={<Link href="/mon-compte">Mon compte</Link>}>
      <p className="lead">Cet espace est réservé aux agents du Département.</p>
    </ErrorPage>
  );
}
