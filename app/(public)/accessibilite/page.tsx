import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Accessibilité',
};

export default function AccessibilityStatementPage() {
  return (
    <div className="prose">
      <PageHeader
        title="Déclaration d’accessibilité"
        lead="Le Conseil départemental s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005."
      />

      <p>
        Cette déclaration d’accessibilité s’applique au guichet en ligne du Conseil départemental, « Guichet », y compris son espace personnel (« Mon compte »)
        et son espace d’instruction réservé aux agents.
      </p>

      <h2>État de conformité</h2>
      <p>
        Le Guichet est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.
      </p>

      <h2>Résultats des tests</h2>
      <p>Aucun audit de conformité n’a encore été réalisé par un organisme externe : il est prévu et ses résultats seront publiés sur cette page.</p>
      <p>
        En attendant, l’accessibilité est évaluée en continu par une auto-évaluation automatisée : chaque page du Guichet est analysée avec l’outil axe-core à
        chaque exécution de la suite de tests, et toute non-conformité détectée fait échouer ces tests. Un test automatisé ne couvrant qu’une partie des
        critères du RGAA, seul l’audit permettra d’établir le taux de conformité.
      </p>

      <h2>Contenus non accessibles</h2>

      <h3>Non-conformités</h3>
      <p>Aucune non-conformité n’est connue à ce jour. La liste des éventuels contenus non accessibles sera établie par l’audit de conformité.</p>

      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>

      <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
      <p>
        Les fichiers déposés par les usagers (justificatifs joints à une demande) sont des contenus de tiers : leur accessibilité ne dépend pas du Département.
      </p>

      <h2>Établissement de cette déclaration d’accessibilité</h2>
      <p>Cette déclaration a été établie le 29 novembre 2026.</p>

      <h3>Technologies utilisées pour la réalisation du site</h3>
      <ul>
        <li>HTML</li>
        <li>CSS</li>
        <li>JavaScript</li>
      </ul>

      <h3>Environnement de test</h3>
      <p>Les vérifications ont été réalisées avec le navigateur Chromium.</p>

      <h3>Outils pour évaluer l’accessibilité</h3>
      <p>axe-core, exécuté automatiquement sur chaque page par la suite de tests.</p>

      <h3>Pages du site ayant fait l’objet de la vérification de conformité</h3>
      <p>
        Toutes les pages du Guichet : accueil, pages d’information, création de compte, connexion et réinitialisation du mot de passe, espace personnel et
        espace d’instruction.
      </p>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le Département pour être orienté vers une alternative accessible ou
        obtenir le contenu sous une autre forme :
      </p>
      <ul>
        <li>
          par courriel : <a href="mailto:accessibilite@departement.example">accessibilite@departement.example</a>
          {';'}
        </li>
        <li>par courrier : Conseil départemental, Hôtel du Département, service Accessibilité.</li>
      </ul>
      <p>Nous nous engageons à vous répondre dans un délai de 15 jours ouvrés.</p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous
        ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des
        droits.
      </p>
      <p>Plusieurs moyens sont à votre disposition :</p>
      <ul>
        <li>
          écrire un message au Défenseur des droits par le <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a> ;
        </li>
        <li>
          contacter <a href="https://www.defenseurdesdroits.fr/carte-des-delegues">le délégué du Défenseur des droits dans votre région</a> ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
          <address>
            Défenseur des droits
            <br />
            Libre réponse 71120
            <br />
            75342 Paris CEDEX 07
          </address>
        </li>
      </ul>
    </div>
  );
}
