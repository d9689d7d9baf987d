import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type InstructionStartedProps = { firstName: string; dossierNumber: string; procedureTitle: string; url: string };

export default function InstructionStarted({ firstName, dossierNumber, procedureTitle, url }: InstructionStartedProps) {
  return (
    <EmailLayout title={`Votre dossier n° ${dossierNumber} est en instruction`} preview="Les services du Département examinent votre dossier.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}) est « En instruction » : les services du Département l’examinent.
      </Paragraph>
      <Paragraph>Vous serez prévenu par courriel s’ils ont besoin d’informations complémentaires et lorsqu’une décision sera prise.</Paragraph>
      <EmailAction href={url} label="Voir mon dossier" />
    </EmailLayout>
  );
}

InstructionStarted.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies InstructionStartedProps;
