import { EmailAction, EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type MemberJoinedProps = { firstName: string; memberName: string; profileName: string; url: string };

// Sent to every administrator of the profile: a key they shared was used, and if nobody meant
// to share it they can remove the person at once.
export default function MemberJoined({ firstName, memberName, profileName, url }: MemberJoinedProps) {
  return (
    <EmailLayout title={`${memberName} a rejoint ${profileName}`} preview={`Une clé de partage de ${profileName} vient d’être utilisée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        <Strong>{memberName}</Strong> a utilisé une clé de partage et fait désormais partie du profil <Strong>{profileName}</Strong> sur Guichet.
      </Paragraph>
      <Paragraph>
        Vous recevez ce courriel parce que vous êtes administrateur de ce profil. Si vous ne connaissez pas cette personne, retirez-la du profil depuis l’onglet
        « Composition ».
      </Paragraph>
      <EmailAction href={url} label="Voir la composition du profil" />
    </EmailLayout>
  );
}

MemberJoined.PreviewProps = {
  firstName: 'Camille',
  memberName: 'Dominique Bernard',
  profileName: 'Les Amis du Vieux Moulin',
  url: 'http://localhost:3000/mon-compte/profils/00000000-0000-0000-0000-000000000000/composition',
} satisfies MemberJoinedProps;
