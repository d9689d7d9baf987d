import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type ProfileDocumentExpiringProps = { firstName: string; profileName: string; documentLabel: string; validUntil: string; url: string };

/** To each administrator of a profile, once, 30 days before a document of its porte-documents stops being valid. */
export default function ProfileDocumentExpiring({ firstName, profileName, documentLabel, validUntil, url }: ProfileDocumentExpiringProps) {
  return (
    <EmailLayout title={`Un document de ${profileName} arrive à échéance`} preview={`« ${documentLabel} » est valable jusqu’au ${validUntil}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Le document <Strong>« {documentLabel} »</Strong> de <Strong>{profileName}</Strong> est valable jusqu’au <Strong>{validUntil}</Strong>. Après cette date,
        il ne sera plus joint aux nouvelles demandes de l’association.
      </Paragraph>
      <Paragraph>Pour continuer à le donner une seule fois, remplacez-le par sa nouvelle version dans les documents de l’association.</Paragraph>
      <EmailAction href={url} label="Voir les documents de l’association" />
    </EmailLayout>
  );
}

ProfileDocumentExpiring.PreviewProps = {
  firstName: 'Camille',
  profileName: 'Les Amis du Vieux Moulin',
  documentLabel: 'Derniers comptes approuvés',
  validUntil: '31 décembre 2026',
  url: 'http://localhost:3000/mon-compte/profils/00000000-0000-0000-0000-000000000000/documents',
} satisfies ProfileDocumentExpiringProps;
