import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type DraftExpiringProps = { firstName: string; procedureTitle: string; deletedOn: string; url: string };

export default function DraftExpiring({ firstName, procedureTitle, deletedOn, url }: DraftExpiringProps) {
  return (
    <EmailLayout title="Votre brouillon va être supprimé" preview={`${procedureTitle} : brouillon supprimé le ${deletedOn} sans modification d’ici là.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre brouillon <Strong>{procedureTitle}</Strong> n’a pas été modifié depuis longtemps. Il sera supprimé avec ses justificatifs le {deletedOn}.
      </Paragraph>
      <Paragraph>Pour le garder, ouvrez-le et enregistrez-le, ou déposez-le. S’il ne vous sert plus, vous n’avez rien à faire.</Paragraph>
      <EmailAction href={url} label="Ouvrir mon brouillon" />
    </EmailLayout>
  );
}

DraftExpiring.PreviewProps = {
  firstName: 'Camille',
  procedureTitle: 'Subvention de fonctionnement aux associations',
  deletedOn: '21 décembre 2026',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies DraftExpiringProps;
