import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type ComplementRequestedProps = { firstName: string; dossierNumber: string; procedureTitle: string; url: string };

// The message itself stays on Guichet: the email only says where to read and answer it.
export default function ComplementRequested({ firstName, dossierNumber, procedureTitle, url }: ComplementRequestedProps) {
  return (
    <EmailLayout
      title={`Des informations complémentaires sont demandées pour votre dossier n° ${dossierNumber}`}
      preview="Les services du Département attendent votre réponse."
    >
      <Greeting firstName={firstName} />
      <Paragraph>
        Les services du Département demandent des informations complémentaires pour votre dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}).
      </Paragraph>
      <Paragraph>Consultez la demande sur Guichet, complétez votre dossier puis choisissez « Transmettre ».</Paragraph>
      <EmailAction href={url} label="Voir mon dossier" />
    </EmailLayout>
  );
}

ComplementRequested.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies ComplementRequestedProps;
