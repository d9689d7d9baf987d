import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPage } from '@/components/ui/error-page';
import { ADMIN_PROCEDURES_PATH } from '@/lib/procedures/procedure-paths';

export const metadata: Metadata = { title: 'Démarche introuvable' };

export default function AdminProcedureNotFound() {
  return (
    <ErrorPage title="Démarche introuvable" actions={<Link href={ADMIN_PROCEDURES_PATH}>Toutes les démarches</Link>}>
      <p className="lead">Cette démarche n’existe pas ou a été supprimée.</p>
    </ErrorPage>
  );
}
