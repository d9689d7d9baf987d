import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type AlreadyRegisteredProps = { firstName: string; loginUrl: string; resetUrl: string };

// Sent instead of a confirmation when someone signs up with an address that already has an
// account, so that the sign-up form answers the same either way (no account enumeration).
export default function AlreadyRegistered({ firstName, loginUrl, resetUrl }: AlreadyRegisteredProps) {
  return (
    <EmailLayout title="Vous avez déjà un compte sur Guichet" preview="Une inscription a été tentée avec votre adresse courriel.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Quelqu’un, peut-être vous, a voulu créer un compte sur Guichet avec cette adresse courriel. Un compte existe déjà avec cette adresse : aucun nouveau
        compte n’a été créé.
      </Paragraph>
      <Paragraph>Vous pouvez vous connecter à votre compte :</Paragraph>
      <EmailAction href={loginUrl} label="Me connecter" />
      <Paragraph>Si vous avez oublié votre mot de passe, vous pouvez le réinitialiser :</Paragraph>
      <EmailAction href={resetUrl} label="Réinitialiser mon mot de passe" />
      <Paragraph>Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : votre compte n’a pas été modifié.</Paragraph>
    </EmailLayout>
  );
}

AlreadyRegistered.PreviewProps = {
  firstName: 'Camille',
  loginUrl: 'http://localhost:3000/connexion',
  resetUrl: 'http://localhost:3000/mot-de-passe/reinitialiser',
} satisfies AlreadyRegisteredProps;
