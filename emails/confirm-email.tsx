import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type ConfirmEmailProps = { firstName: string; url: string };

export default function ConfirmEmail({ firstName, url }: ConfirmEmailProps) {
  return (
    <EmailLayout title="Confirmez votre adresse courriel" preview="Un dernier geste pour activer votre compte Guichet.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous venez de créer votre compte sur Guichet, le guichet en ligne du Conseil départemental. Pour l’activer, confirmez votre adresse courriel.
      </Paragraph>
      <EmailAction href={url} label="Confirmer mon adresse courriel" />
      <Paragraph>Ce lien ne peut servir qu’une seule fois.</Paragraph>
      <Paragraph>Si vous n’avez pas créé de compte sur Guichet, ignorez ce courriel : aucun compte ne sera activé.</Paragraph>
    </EmailLayout>
  );
}

ConfirmEmail.PreviewProps = { firstName: 'Camille', url: 'http://localhost:3000/inscription/confirmer?jeton=exemple' } satisfies ConfirmEmailProps;
