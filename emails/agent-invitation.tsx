import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type AgentInvitationProps = { firstName: string; inviterName: string; roleLabel: string; url: string };

export default function AgentInvitation({ firstName, inviterName, roleLabel, url }: AgentInvitationProps) {
  return (
    <EmailLayout title="Invitation à l’espace instruction de Guichet" preview="Choisissez votre mot de passe pour rejoindre l’espace instruction.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {inviterName} vous invite à rejoindre l’espace instruction de Guichet, en tant que <Strong>{roleLabel}</Strong>.
      </Paragraph>
      <Paragraph>Pour accepter l’invitation, choisissez votre mot de passe en suivant ce lien :</Paragraph>
      <EmailAction href={url} label="Choisir mon mot de passe" />
      <Paragraph>
        Ce lien est valable 72 heures et ne peut servir qu’une seule fois. À votre première connexion, vous activerez la vérification en deux étapes avec une
        application d’authentification.
      </Paragraph>
      <Paragraph>Si vous ne vous attendiez pas à cette invitation, ignorez ce courriel.</Paragraph>
    </EmailLayout>
  );
}

AgentInvitation.PreviewProps = {
  firstName: 'Camille',
  inviterName: 'Karim Benali',
  roleLabel: 'instructrice ou instructeur',
  url: 'http://localhost:3000/invitation-agent?jeton=exemple',
} satisfies AgentInvitationProps;
