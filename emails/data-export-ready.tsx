import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type DataExportReadyProps = { firstName: string; profileName: string | null; expiresOn: string; url: string };

/** « Télécharger mes données »: the archive is ready; the link opens the page where it is, after sign-in. */
export function dataExportReadyTitle(profileName: string | null): string {
  return profileName ? `Les données de ${profileName} sont prêtes` : 'Vos données sont prêtes';
}

export default function DataExportReady({ firstName, profileName, expiresOn, url }: DataExportReadyProps) {
  return (
    <EmailLayout title={dataExportReadyTitle(profileName)} preview={`Archive à télécharger avant le ${expiresOn}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        {profileName ? (
          <>
            L’archive des données de <Strong>{profileName}</Strong> que vous avez demandée est prête.
          </>
        ) : (
          'L’archive de vos données personnelles que vous avez demandée est prête.'
        )}{' '}
        {'Elle contient un fichier «\u00a0donnees.json\u00a0» et les fichiers envoyés et reçus.'}
      </Paragraph>
      <Paragraph>
        Connectez-vous pour la télécharger, jusqu’au <Strong>{expiresOn}</Strong>
        {'\u00a0: elle'} sera ensuite supprimée. Vous seul pouvez la télécharger. {'Vous n’avez rien demandé\u00a0? Changez votre mot de passe.'}
      </Paragraph>
      <EmailAction href={url} label="Télécharger l’archive" />
    </EmailLayout>
  );
}

DataExportReady.PreviewProps = {
  firstName: 'Camille',
  profileName: null,
  expiresOn: '14 décembre 2026',
  url: 'http://localhost:3000/mon-compte/donnees-personnelles#mes-donnees',
} satisfies DataExportReadyProps;
