import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Vérifiez votre messagerie' };

export default function RegistrationEmailSentPage() {
  return (
    <div className="narrow stack">
      <PageHeader
        title="Vérifiez votre messagerie"
        lead="Si cette adresse peut être utilisée, un courriel vous a été envoyé. Cliquez sur le lien qu’il contient pour activer votre compte."
      />
      <p>Le lien est valable 24 heures. Pensez à regarder dans les courriels indésirables.</p>
      <p>
        Une fois votre adresse confirmée, vous pourrez vous <Link href="/connexion">connecter</Link>.
      </p>
    </div>
  );
}
