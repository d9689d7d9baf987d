import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type AttachmentRejectedProps = { firstName: string; dossierNumber: string; documentLabel: string; url: string };

export default function AttachmentRejected({ firstName, dossierNumber, documentLabel, url }: AttachmentRejectedProps) {
  return (
    <EmailLayout title={`Un justificatif de votre dossier n° ${dossierNumber} a été rejeté`} preview="Remplacez-le depuis l’onglet « Justificatifs ».">
      <Greeting firstName={firstName} />
      <Paragraph>
        Le justificatif <Strong>{documentLabel}</Strong> de votre dossier n° <Strong>{dossierNumber}</Strong> a été rejeté par les services du Département.
      </Paragraph>
      <Paragraph>Le motif du rejet est indiqué dans l’onglet « Justificatifs » de votre dossier, où vous pouvez le remplacer.</Paragraph>
      <EmailAction href={url} label="Remplacer le justificatif" />
    </EmailLayout>
  );
}

AttachmentRejected.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  documentLabel: 'Relevé d’identité bancaire',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000/justificatifs',
} satisfies AttachmentRejectedProps;
