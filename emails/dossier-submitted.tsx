import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type DossierSubmittedProps = { firstName: string; number: string; procedureTitle: string; profileName: string | null; submittedAt: string; url: string };

// The receipt (PDF) is attached by the outbox row.
export default function DossierSubmitted({ firstName, number, procedureTitle, profileName, submittedAt, url }: DossierSubmittedProps) {
  return (
    <EmailLayout title={`Dossier n° ${number} : votre demande a été déposée`} preview={`${procedureTitle} : demande déposée le ${submittedAt}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande <Strong>{procedureTitle}</Strong> a bien été déposée le {submittedAt}
        {profileName ? (
          <>
            {' '}
            pour <Strong>{profileName}</Strong>
          </>
        ) : null}
        . Votre dossier porte le n° <Strong>{number}</Strong>.
      </Paragraph>
      <Paragraph>
        Le récépissé de dépôt est joint à ce courriel. Les services du conseil départemental vont étudier votre demande : s’ils ont besoin d’informations
        complémentaires, vous recevrez un courriel vous invitant à vous connecter au portail pour répondre.
      </Paragraph>
      <EmailAction href={url} label="Suivre mon dossier" />
    </EmailLayout>
  );
}

DossierSubmitted.PreviewProps = {
  firstName: 'Camille',
  number: '2026-000123',
  procedureTitle: 'Subvention de fonctionnement aux associations',
  profileName: 'Les Amis du Vieux Moulin',
  submittedAt: '29 novembre 2026 à 11:42',
  url: 'http://localhost:3000/mon-compte/dossiers/00000000-0000-0000-0000-000000000000',
} satisfies DossierSubmittedProps;
