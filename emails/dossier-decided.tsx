import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type DossierDecidedProps = {
  firstName: string;
  dossierNumber: string;
  procedureTitle: string;
  /** « Accepté », « Refusé » or « Classé sans suite ». */
  decisionLabel: string;
  reason: string | null;
  documentTitle: string | null;
  url: string;
};

// The decision and its reason are the applicant's own: they are in the email as on the dossier.
export default function DossierDecided({ firstName, dossierNumber, procedureTitle, decisionLabel, reason, documentTitle, url }: DossierDecidedProps) {
  return (
    <EmailLayout title={`Décision sur votre dossier n° ${dossierNumber} : ${decisionLabel}`} preview={`Votre dossier est « ${decisionLabel} ».`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Les services du Département ont pris une décision sur votre dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}) : il est « {decisionLabel} ».
      </Paragraph>
      {reason ? (
        <Paragraph>
          Motif : <Strong>{reason}</Strong>
        </Paragraph>
      ) : null}
      {documentTitle ? (
        <Paragraph>
          Le document <Strong>{documentTitle}</Strong> vous a été envoyé : il est disponible dans « Mes documents reçus ».
        </Paragraph>
      ) : null}
      <EmailAction href={url} label="Voir mon dossier" />
    </EmailLayout>
  );
}

DossierDecided.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  decisionLabel: 'Refusé',
  reason: 'Le projet ne relève pas de la politique culturelle du Département.',
  documentTitle: 'Notification de refus',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies DossierDecidedProps;
