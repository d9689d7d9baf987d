import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Mentions légales',
};

export default function LegalNoticePage() {
  return (
    <div className="prose">
      <PageHeader title="Mentions légales" />

      <h2>Éditeur</h2>
      <p>Le Guichet est le service en ligne du Conseil départemental, collectivité territoriale, personne morale de droit public.</p>
      <address>
        Conseil départemental
        <br />
        Hôtel du Département
      </address>
      <p>
        Les coordonnées complètes du Département qui exploite ce guichet (adresse postale, téléphone, numéro SIRET) figurent dans sa configuration et sur son
        site institutionnel.
      </p>

      <h2>Directeur de la publication</h2>
      <p>Le président ou la présidente du Conseil départemental.</p>

      <h2>Hébergement</h2>
      <p>
        L’hébergeur dépend de l’installation choisie par le Département : le Guichet est hébergé soit sur les serveurs du Département, soit chez un prestataire
        retenu par lui dans le respect des règles de la commande publique. Ses coordonnées sont communiquées sur simple demande auprès du Département.
      </p>

      <h2>Propriété intellectuelle</h2>
      <p>
        Les textes, la présentation et les éléments graphiques de ce site sont la propriété du Conseil départemental, sauf mention contraire. Les informations
        publiques qu’ils contiennent peuvent être réutilisées dans les conditions prévues par le code des relations entre le public et l’administration, à
        condition de ne pas en altérer le sens et d’en mentionner la source.
      </p>
      <p>
        Les documents que vous déposez (justificatifs, pièces jointes) restent votre propriété : le Département ne les utilise que pour instruire vos demandes.
      </p>

      <h2>Cookies</h2>
      <p>
        Le Guichet dépose uniquement des cookies strictement nécessaires à son fonctionnement : le cookie de session, qui vous garde connecté(e) d’une page à
        l’autre, et les cookies techniques de sécurité liés à la connexion. Ils sont supprimés à la déconnexion ou à leur expiration. Conformément à l’article
        82 de la loi « Informatique et Libertés », ils ne nécessitent pas votre consentement.
      </p>
      <p>Aucun cookie de mesure d’audience, de publicité ou de réseau social n’est utilisé, et aucun outil de suivi n’est intégré au site.</p>

      <h2>Données personnelles</h2>
      <p>
        Le traitement de vos données et vos droits sont décrits sur la page <Link href="/donnees-personnelles">Données personnelles</Link>.
      </p>

      <h2>Accessibilité</h2>
      <p>
        L’état de conformité du site au RGAA est présenté dans la <Link href="/accessibilite">déclaration d’accessibilité</Link>.
      </p>
    </div>
  );
}
