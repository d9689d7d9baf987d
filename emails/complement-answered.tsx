import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type ComplementAnsweredProps = { firstName: string; dossierNumber: string; procedureTitle: string; url: string };

export default function ComplementAnswered({ firstName, dossierNumber, procedureTitle, url }: ComplementAnsweredProps) {
  return (
    <EmailLayout title={`Le demandeur a répondu pour le dossier n° ${dossierNumber}`} preview="Le dossier est de nouveau en instruction.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Le demandeur a transmis les informations complémentaires que vous aviez demandées pour le dossier n° <Strong>{dossierNumber}</Strong> ({procedureTitle}
        ). Le dossier est de nouveau « En instruction ».
      </Paragraph>
      <EmailAction href={url} label="Ouvrir le dossier" />
    </EmailLayout>
  );
}

ComplementAnswered.PreviewProps = {
  firstName: 'Karim',
  dossierNumber: '2026-000123',
  procedureTitle: 'Aide aux projets culturels',
  url: 'http://localhost:3000/instruction/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies ComplementAnsweredProps;
