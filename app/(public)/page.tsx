import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'

export const metadata: Metadata = {
  title: 'Accueil',
}

export default function HomePage() {
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
        <p className="empty-state">Les nouvelles démarches seront affichées ici.</p>
      </section>

      <section className="section" aria-labelledby="comment-ca-marche">
        <h2 id="comment-ca-marche">Comment ça marche ?</h2>
        <ol className="steps">
          <li>
            <h3>Créez votre compte</h3>
            <p>
              Avec votre courriel et un mot de passe, depuis le lien de connexion en haut de chaque
              page. Un seul compte suffit pour toutes vos démarches.
            </p>
          </li>
          <li>
            <h3>Déposez votre demande</h3>
            <p>
              Choisissez la démarche, remplissez le formulaire et joignez vos justificatifs au
              format PDF ou image. Un courriel vous confirme le dépôt.
            </p>
          </li>
          <li>
            <h3>Suivez votre dossier</h3>
            <p>
              Depuis votre espace personnel, consultez l’avancement de vos dossiers, répondez aux
              demandes de compléments et recevez les documents des services.
            </p>
          </li>
        </ol>
      </section>
    </>
  )
}
