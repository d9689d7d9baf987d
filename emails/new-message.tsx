import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type NewMessageProps = { firstName: string; dossierNumber: string; url: string };

// The body stays on Guichet (it may hold personal data): the email is a notice with a link.
export default function NewMessage({ firstName, dossierNumber, url }: NewMessageProps) {
  return (
    <EmailLayout title={`Nouveau message pour votre dossier n° ${dossierNumber}`} preview="Les services du Département vous ont écrit.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Les services du Département vous ont envoyé un message au sujet de votre dossier n° <Strong>{dossierNumber}</Strong>.
      </Paragraph>
      <EmailAction href={url} label="Lire le message" />
    </EmailLayout>
  );
}

NewMessage.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000/echanges',
} satisfies NewMessageProps;
