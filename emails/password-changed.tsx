import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type PasswordChangedProps = { firstName: string; resetUrl: string };

export default function PasswordChanged({ firstName, resetUrl }: PasswordChangedProps) {
  return (
    <EmailLayout title="Votre mot de passe a été modifié" preview="Le mot de passe de votre compte Guichet vient d’être modifié.">
      <Greeting firstName={firstName} />
      <Paragraph>Le mot de passe de votre compte Guichet vient d’être modifié.</Paragraph>
      <Paragraph>Si c’est vous, vous n’avez rien à faire.</Paragraph>
      <Paragraph>Si ce n’est pas vous, réinitialisez immédiatement votre mot de passe :</Paragraph>
      <EmailAction href={resetUrl} label="Réinitialiser mon mot de passe" />
    </EmailLayout>
  );
}

PasswordChanged.PreviewProps = {
  firstName: 'Camille',
  resetUrl: 'http://localhost:3000/mot-de-passe/reinitialiser',
} satisfies PasswordChangedProps;
