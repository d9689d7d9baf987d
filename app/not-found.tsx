import type { Metadata } from 'next';
import { ErrorPage } from '@/components/ui/error-page';

export const metadata: Metadata = {
  title: 'Page introuvable',
};

export default function NotFound() {
  return (
    <ErrorPage title="Page introuvable">
      <p className="lead">La page que vous cherchez n’existe pas ou n’est plus disponible.</p>
      <p>Si vous avez saisi l’adresse, vérifiez qu’elle est correcte. Si vous avez suivi un lien, il est peut-être périmé.</p>
    </ErrorPage>
  );
}
