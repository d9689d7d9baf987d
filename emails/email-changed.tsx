import { EmailLayout, Greeting, Paragraph, Strong } from './components/email-layout';

export type EmailChangedProps = { firstName: string; newEmail: string };

// No reset link here, unlike the other security notices: a reset would now be sent to the new
// address, which is precisely the one to distrust if the change was not wanted.
export default function EmailChanged({ firstName, newEmail }: EmailChangedProps) {
  return (
    <EmailLayout title="Votre adresse courriel a été modifiée" preview="Votre compte Guichet utilise désormais une autre adresse courriel.">
      <Greeting firstName={firstName} />
      <Paragraph>
        L’adresse courriel de votre compte Guichet est désormais : <Strong>{newEmail}</Strong>
      </Paragraph>
      <Paragraph>Vous ne recevrez plus de courriel de Guichet à cette adresse-ci.</Paragraph>
      <Paragraph>
        Si vous n’êtes pas à l’origine de ce changement, quelqu’un a peut-être utilisé votre compte : contactez sans attendre les services du Conseil
        départemental.
      </Paragraph>
    </EmailLayout>
  );
}

EmailChanged.PreviewProps = { firstName: 'Camille', newEmail: 'camille.nouvelle@exemple.fr' } satisfies EmailChangedProps;
