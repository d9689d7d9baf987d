import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPage } from '@/components/ui/error-page';

export const metadata: Metadata = { title: 'Démarche introuvable' };

export default function ProcedureNotFound() {
  return (
    <ErrorPage title="Démarche introuvable" actions={<Link href="/demarches">Toutes les démarches</Link>}>
      <p className="lead">Cette démarche n’existe pas ou n’est plus proposée.</p>
    </ErrorPage>
  );
}
