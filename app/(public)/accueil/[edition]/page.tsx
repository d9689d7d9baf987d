import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProcedureCards } from '@/components/procedures/procedure-cards';
import { PageHeader } from '@/components/ui/page-header';
import { findFeaturedProcedures } from '@/lib/procedures/find-featured-procedures';

export const metadata: Metadata = {
  title: 'Accueil',
};

// An edition generateStaticParams does not list renders at its first request, not at build time
// (no database then); 15 s: a démarche leaves the banner soon after its closing time
// (docs/decisions/009-home-page-cache.md).
const HOME_EDITION = 'courante';
export const revalidate = 15;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string }[] {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export default async function HomePage({ params }: Props) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const featured = await findFeaturedProcedures();

  return (
    <>
      <div className="hero">
        <PageHeader
          title="Bienvenue sur le guichet en ligne du Département"
          lead="Déposez une demande d’aide, suivez vos dossiers et gérez le profil de votre association, depuis chez vous et à toute heure."
        />
      </div>

      <section className="section" aria-labelledby="demarches-a-la-une">
        <h2 id="demarches-a-la-une">Démarches à la Une</h2>
        {featured.length > 0 ? (
          <ProcedureCards cards={featured} />
        ) : (
          <p className="empty-state">Aucune démarche n’est à la Une en ce moment. Consultez toutes les démarches ouvertes.</p>
        )}
        <p className="section-link">
          <Link href="/demarches">Toutes les démarches</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="comment-ca-marche">
        <h2 id="comment-ca-marche">Comment ça marche ?</h2>
        <ol className="steps">
          <li>
            <h3>Créez votre compte</h3>
            <p>Avec votre courriel et un mot de passe, depuis le lien de connexion en haut de chaque page. Un seul compte suffit pour toutes vos démarches.</p>
          </li>
          <li>
            <h3>Déposez votre demande</h3>
            <p>Choisissez la démarche, remplissez le formulaire et joignez vos justificatifs au format PDF ou image. Un courriel vous confirme le dépôt.</p>
          </li>
          <li>
            <h3>Suivez votre dossier</h3>
            <p>
              Depuis votre espace personnel, consultez l’avancement de vos dossiers, répondez aux demandes de compléments et recevez les documents des services.
            </p>
          </li>
        </ol>
      </section>
    </>
  );
}
