import { EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type AccountDeletedProps = {
  firstName: string;
  /** `inactive`: deleted by the inactivity rule after its warning. */
  reason: 'requested' | 'inactive';
  draftsDeleted: number;
  keptDossiers: number;
  /** The last retention end among the decided dossiers, formatted; null if none is decided. */
  keptUntil: string | null;
  /** Some kept dossier has no decision yet: its delay starts at the decision. */
  keptUntilDecision: boolean;
};

export default function AccountDeleted({ firstName, reason, draftsDeleted, keptDossiers, keptUntil, keptUntilDecision }: AccountDeletedProps) {
  return (
    <EmailLayout title="Votre compte Guichet a été supprimé" preview="Votre compte Guichet a été supprimé.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {reason === 'inactive'
          ? 'Vous ne vous êtes pas connecté à Guichet depuis longtemps et n’avez pas répondu à notre courriel de prévenance : votre compte a été supprimé.'
          : 'Comme vous l’avez demandé, votre compte Guichet a été supprimé. Vous ne pouvez plus vous y connecter.'}
      </Paragraph>
      <Paragraph>
        {draftsDeleted === 0
          ? 'Vous n’aviez aucun brouillon.'
          : draftsDeleted === 1
            ? 'Votre brouillon a été supprimé avec ses justificatifs.'
            : `Vos ${draftsDeleted} brouillons ont été supprimés avec leurs justificatifs.`}
      </Paragraph>
      {keptDossiers > 0 ? (
        <Paragraph>
          {keptDossiers === 1 ? 'Votre dossier déposé est conservé' : `Vos ${keptDossiers} dossiers déposés sont conservés`} par le Département, comme la loi
          l’y oblige
          {keptUntil ? `, au plus tard jusqu’au ${keptUntil}` : ''}
          {keptUntilDecision
            ? keptUntil
              ? ' (ou, pour un dossier sans décision, la durée de conservation de sa démarche après la décision)'
              : ', pendant la durée de conservation de sa démarche après la décision'
            : ''}
          . Ensuite, il ne reste qu’une ligne anonyme pour les statistiques.
        </Paragraph>
      ) : null}
      <Paragraph>Vous pouvez créer un nouveau compte avec la même adresse courriel à tout moment.</Paragraph>
    </EmailLayout>
  );
}

AccountDeleted.PreviewProps = {
  firstName: 'Camille',
  reason: 'requested',
  draftsDeleted: 1,
  keptDossiers: 2,
  keptUntil: '7 décembre 2031',
  keptUntilDecision: true,
} satisfies AccountDeletedProps;
