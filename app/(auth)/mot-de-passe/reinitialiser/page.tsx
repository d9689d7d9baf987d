import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { RequestResetForm } from './request-reset-form';

export const metadata: Metadata = { title: 'Réinitialiser mon mot de passe' };

export default function RequestResetPage() {
  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Réinitialiser mon mot de passe"
        lead="Saisissez l’adresse courriel de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe."
      />
      <RequestResetForm />
      <p>
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </div>
  );
}
