import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type DocumentReceivedProps = { firstName: string; title: string; url: string };

export default function DocumentReceived({ firstName, title, url }: DocumentReceivedProps) {
  return (
    <EmailLayout title="Vous avez reçu un document" preview={`« ${title} » est disponible sur Guichet.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Les services du Département vous ont envoyé le document <Strong>{title}</Strong>. Il est disponible dans « Mes documents reçus ».
      </Paragraph>
      <EmailAction href={url} label="Voir mes documents reçus" />
    </EmailLayout>
  );
}

DocumentReceived.PreviewProps = {
  firstName: 'Camille',
  title: 'Notification de subvention',
  url: 'http://localhost:3000/mon-compte/documents-recus',
} satisfies DocumentReceivedProps;
