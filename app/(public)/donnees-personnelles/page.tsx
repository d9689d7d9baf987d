import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { RetentionRulesSection } from './retention-rules-section';

export const metadata: Metadata = {
  title: 'Données personnelles',
};

// Re-rendered now and then: the delays shown are those of the running configuration (RETENTION_*).
export const revalidate = 300;

export default function PersonalDataPage() {
  return (
    <div className="prose">
      <PageHeader
        title="Données personnelles"
        lead="Comment le Conseil départemental traite les données que vous lui confiez sur le Guichet, et comment exercer vos droits."
      />

      <h2>Responsable du traitement</h2>
      <p>Le responsable du traitement est le Conseil départemental (Hôtel du Département), représenté par son président ou sa présidente.</p>

      <h2>Finalités</h2>
      <p>Vos données sont traitées pour :</p>
      <ul>
        <li>créer et gérer votre compte et sécuriser son accès ;</li>
        <li>gérer les profils d’association que vous déclarez et leur partage avec les autres membres ;</li>
        <li>
          recevoir, instruire et suivre vos demandes d’aide, échanger avec vous à leur sujet et vous transmettre les décisions et documents qui en résultent ;
        </li>
        <li>vous informer par courriel de l’avancement de vos démarches.</li>
      </ul>

      <h2>Base légale</h2>
      <p>
        Ce traitement est nécessaire à l’exécution d’une mission d’intérêt public dont est investi le Département (article 6, paragraphe 1, point e du règlement
        général sur la protection des données).
      </p>

      <h2>Données collectées</h2>
      <ul>
        <li>identité : nom et prénom ;</li>
        <li>coordonnées : adresse de courriel ;</li>
        <li>pour les associations : nom, numéros RNA ou SIRET, adresse, objet, et votre fonction dans l’association ;</li>
        <li>données des demandes : réponses aux formulaires, justificatifs déposés, échanges avec les services, décisions ;</li>
        <li>données de sécurité : dates de connexion et journal des opérations sensibles (changement de mot de passe, par exemple).</li>
      </ul>
      <p>Votre mot de passe n’est jamais conservé en clair : seule une empreinte irréversible (hachage) en est enregistrée.</p>

      <h2>Destinataires</h2>
      <p>Seules les personnes habilitées ont accès à vos données :</p>
      <ul>
        <li>les agents des services instructeurs du Département, pour les demandes qu’ils traitent ;</li>
        <li>les autres membres d’un profil d’association que vous partagez, pour les informations de ce profil ;</li>
        <li>les prestataires techniques du Département (hébergement, envoi des courriels), agissant pour son compte et tenus à la confidentialité.</li>
      </ul>
      <p>Vos données ne sont ni vendues ni utilisées à des fins commerciales.</p>

      <p>Aucune décision n’est prise de manière entièrement automatisée : chaque demande est examinée par un agent du Département.</p>

      <RetentionRulesSection />

      <h2>Vos droits</h2>
      <p>Vous disposez sur vos données des droits :</p>
      <ul>
        <li>d’accès ;</li>
        <li>de rectification (vous pouvez modifier vous-même vos données dans « Mon compte ») ;</li>
        <li>d’opposition ;</li>
        <li>de limitation du traitement.</li>
      </ul>
      <p>
        Le droit à l’effacement est limité : le traitement reposant sur une mission d’intérêt public, les données d’un dossier déposé doivent être conservées
        pendant la durée prévue ci-dessus, puis elles sont anonymisées. Le droit à la portabilité ne s’applique pas à ce traitement.
      </p>

      <h2>Délégué à la protection des données</h2>
      <p>
        Pour exercer vos droits ou pour toute question sur le traitement de vos données, écrivez au délégué à la protection des données du Département :{' '}
        <a href="mailto:dpo@departement.example">dpo@departement.example</a>.
      </p>
      <p>Une réponse vous sera apportée dans un délai d’un mois.</p>

      <h2>Réclamation auprès de la CNIL</h2>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de
        l’informatique et des libertés (CNIL), en ligne sur <a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a> ou par courrier :
      </p>
      <address>
        CNIL
        <br />3 place de Fontenoy
        <br />
        TSA 80715
        <br />
        75334 Paris CEDEX 07
      </address>
    </div>
  );
}
