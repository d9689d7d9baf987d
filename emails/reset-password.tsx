import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type ResetPasswordProps = { firstName: string; url: string };

export default function ResetPassword({ firstName, url }: ResetPasswordProps) {
  return (
    <EmailLayout title="Réinitialisation de votre mot de passe" preview="Choisissez un nouveau mot de passe pour votre compte Guichet.">
      <Greeting firstName={firstName} />
      <Paragraph>Vous avez demandé à réinitialiser le mot de passe de votre compte Guichet. Pour choisir un nouveau mot de passe, suivez ce lien :</Paragraph>
      <EmailAction href={url} label="Choisir un nouveau mot de passe" />
      <Paragraph>Ce lien est valable 1 heure et ne peut servir qu’une seule fois.</Paragraph>
      <Paragraph>Si vous n’avez pas demandé à réinitialiser votre mot de passe, ignorez ce courriel : votre mot de passe reste inchangé.</Paragraph>
    </EmailLayout>
  );
}

ResetPassword.PreviewProps = {
  firstName: 'Camille',
  url: 'http://localhost:3000/mot-de-passe/nouveau?jeton=exemple',
} satisfies ResetPasswordProps;
