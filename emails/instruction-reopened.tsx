import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type InstructionReopenedProps = { firstName: string; dossierNumber: string; procedureTitle: string; reason: string; url: string };

export default function InstructionReopened({ firstName, dossierNumber, procedureTitle, reason, url }: InstructionReopenedProps) {
  return (
    <EmailLayout title={`Votre dossier n° ${dossierNumber} est de nouveau en instruction`} preview="La décision précédente est annulée.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}) est de nouveau « En instruction » : la décision précédente ne s’applique plus.
      </Paragraph>
      <Paragraph>
        Motif : <Strong>{reason}</Strong>
      </Paragraph>
      <EmailAction href={url} label="Voir mon dossier" />
    </EmailLayout>
  );
}

InstructionReopened.PreviewProps = {
  firstName: 'Camille',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  reason: 'Décision enregistrée par erreur sur ce dossier.',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies InstructionReopenedProps;
