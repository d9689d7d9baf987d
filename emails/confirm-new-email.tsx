import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type ConfirmNewEmailProps = { firstName: string; url: string };

export default function ConfirmNewEmail({ firstName, url }: ConfirmNewEmailProps) {
  return (
    <EmailLayout title="Confirmez votre nouvelle adresse courriel" preview="Confirmez la nouvelle adresse de votre compte Guichet.">
      <Greeting firstName={firstName} />
      <Paragraph>Vous avez demandé à utiliser cette adresse courriel pour votre compte Guichet. Pour que le changement prenne effet, confirmez-la :</Paragraph>
      <EmailAction href={url} label="Confirmer ma nouvelle adresse" />
      <Paragraph>Ce lien ne peut servir qu’une seule fois. Tant qu’il n’a pas été utilisé, votre compte garde son ancienne adresse.</Paragraph>
      <Paragraph>Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : rien ne sera modifié.</Paragraph>
    </EmailLayout>
  );
}

ConfirmNewEmail.PreviewProps = {
  firstName: 'Camille',
  url: 'http://localhost:3000/mon-compte/adresse/confirmer?jeton=exemple',
} satisfies ConfirmNewEmailProps;
