import { EmailAction, EmailLayout, Greeting, Paragraph } from './components/email-layout';

export type AccountInactiveProps = { firstName: string; inactiveFor: string; deletedOn: string; loginUrl: string };

export default function AccountInactive({ firstName, inactiveFor, deletedOn, loginUrl }: AccountInactiveProps) {
  return (
    <EmailLayout title="Votre compte Guichet va être supprimé" preview={`Sans connexion d’ici le ${deletedOn}, votre compte Guichet sera supprimé.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Vous ne vous êtes pas connecté à Guichet depuis plus de {inactiveFor}. Sans connexion de votre part, votre compte sera supprimé le {deletedOn} : vos
        brouillons avec lui, vos dossiers déposés conservés par le Département le temps que la loi l’y oblige.
      </Paragraph>
      <Paragraph>Pour garder votre compte, il suffit de vous connecter.</Paragraph>
      <EmailAction href={loginUrl} label="Me connecter" />
    </EmailLayout>
  );
}

AccountInactive.PreviewProps = {
  firstName: 'Camille',
  inactiveFor: '3 ans',
  deletedOn: '6 janvier 2027',
  loginUrl: 'http://localhost:3000/connexion',
} satisfies AccountInactiveProps;
