'use client';

import { useViewer } from '@/components/layout/viewer-store';
import { LinkButton } from '@/components/ui/button';

type DepositCallProps = {
  /** The form to start a dossier. */
  startHref: string;
  /** The sign-in page, coming back to that form. */
  loginHref: string;
};

/**
 * The page of a démarche is cached and the same for everyone: whether the button leads straight to
 * the form or through the sign-in page is decided in the browser. Until known, and without
 * JavaScript, the visitor's version (hidden while a signed-in person's answer is awaited).
 */
export function DepositCall({ startHref, loginHref }: DepositCallProps) {
  const viewer = useViewer();
  if (viewer) {
    return (
      <p>
        <LinkButton href={startHref}>Déposer une demande</LinkButton>
      </p>
    );
  }
  return (
    <div className="stack visitor-only">
      <p>Pour déposer une demande, connectez-vous à votre compte ou créez-en un.</p>
      <p>
        <LinkButton href={loginHref}>Se connecter pour déposer une demande</LinkButton>
      </p>
    </div>
  );
}
