import { EmailAction, EmailLayout, Greeting, Paragraph, Quote, Strong } from './components/email-layout';

export type ComplementRequestedProps = {
  firstName: string;
  dossierNumber: string;
  procedureTitle: string;
  /** The agent's request, as the applicant reads it on the dossier. */
  request?: string;
  /** « 21 décembre 2026 »: the date to answer by. */
  dueDate?: string;
  url: string;
};

// The request is the applicant's own business: it is quoted here as on the dossier, with the date
// to answer by. (Both are optional: a message queued before they existed is still sent.)
export default function ComplementRequested({ firstName, dossierNumber, procedureTitle, request, dueDate, url }: ComplementRequestedProps) {
  return (
    <EmailLayout
      title={`Des informations complémentaires sont demandées pour votre dossier n° ${dossierNumber}`}
      preview={dueDate ? `Merci de répondre avant le ${dueDate}.` : 'Les services du Département attendent votre réponse.'}
    >
      <Greeting firstName={firstName} />
      <Paragraph>
        Les services du Département demandent des informations complémentaires pour votre dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}).
      </Paragraph>
      {request ? (
        <>
          <Paragraph>Leur demande :</Paragraph>
          <Quote>{request}</Quote>
        </>
      ) : null}
      {dueDate ? <Paragraph>{`Merci de répondre avant le ${dueDate}.`}</Paragraph> : null}
      <Paragraph>Complétez votre dossier sur Guichet puis choisissez « Transmettre ».</Paragraph>
      <EmailAction href={url} label="Voir mon dossier" />
    </EmailLayout>
  );
}

ComplementRequested.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  request: 'Merci de joindre le budget prévisionnel du projet.',
  dueDate: '21 décembre 2026',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies ComplementRequestedProps;
