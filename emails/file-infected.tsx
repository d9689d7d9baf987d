import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type FileInfectedProps = { firstName: string; fileName: string; dossierNumber: string | null; url: string };

/** A file scanned after the fact (sent while the antivirus was down or not configured) and found infected. */
export default function FileInfected({ firstName, fileName, dossierNumber, url }: FileInfectedProps) {
  return (
    <EmailLayout title="Un fichier que vous avez envoyé a été bloqué par l’antivirus" preview="Le service vous demandera un autre fichier.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Le fichier <Strong>« {fileName} »</Strong> que vous avez envoyé
        {dossierNumber ? (
          <>
            {' '}
            pour votre dossier <Strong>{dossierNumber}</Strong>
          </>
        ) : null}{' '}
        a été bloqué : l’antivirus y a détecté un virus. Il ne sera ni ouvert ni transmis.
      </Paragraph>
      <Paragraph>
        Le service vous demandera un autre fichier s’il en a besoin : vous n’avez rien à faire d’ici là. Par précaution, analysez votre ordinateur avec un
        antivirus à jour avant de déposer une nouvelle copie du document.
      </Paragraph>
      <EmailAction href={url} label={dossierNumber ? 'Voir mon dossier' : 'Voir mon compte'} />
    </EmailLayout>
  );
}

FileInfected.PreviewProps = {
  firstName: 'Camille',
  fileName: 'Relevé bancaire.pdf',
  dossierNumber: '2026-000123',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000/justificatifs',
} satisfies FileInfectedProps;
