import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type EmailChangeRequestedProps = { firstName: string; newEmail: string; resetUrl: string };

// Sent to the current address: the change only happens once the new address is confirmed, which
// leaves the owner time to react if someone else is using the account.
export default function EmailChangeRequested({ firstName, newEmail, resetUrl }: EmailChangeRequestedProps) {
  return (
    <EmailLayout title="Changement d'adresse courriel demandé" preview="Une nouvelle adresse courriel a été demandée pour votre compte Guichet.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Une demande a été faite pour remplacer l’adresse courriel de votre compte Guichet par : <Strong>{newEmail}</Strong>
      </Paragraph>
      <Paragraph>
        Un lien de confirmation a été envoyé à cette nouvelle adresse. Tant qu’il n’a pas été utilisé, votre compte garde l’adresse actuelle.
      </Paragraph>
      <Paragraph>Si c’est vous, vous n’avez rien d’autre à faire ici.</Paragraph>
      <Paragraph>Si ce n’est pas vous, quelqu’un utilise peut-être votre compte : réinitialisez votre mot de passe sans attendre.</Paragraph>
      <EmailAction href={resetUrl} label="Réinitialiser mon mot de passe" />
    </EmailLayout>
  );
}

EmailChangeRequested.PreviewProps = {
  firstName: 'Camille',
  newEmail: 'camille.nouvelle@exemple.fr',
  resetUrl: 'http://localhost:3000/mot-de-passe/reinitialiser',
} satisfies EmailChangeRequestedProps;
