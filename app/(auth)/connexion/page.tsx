import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { getSessionUser } from '@/lib/auth/session';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { hasOidcProvider, OidcButton } from '@/components/auth/oidc-buttons';
import { ServerViewer } from '@/components/layout/server-viewer';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Connexion' };

type Notice = { tone: 'success' | 'info' | 'error'; text: string };

// The end of a FranceConnect or ProConnect sign-in that did not open a session (lib/auth/oidc/handlers.ts).
const OIDC_NOTICES: Record<string, string> = {
  annule: 'Vous avez annulé la connexion. Vous pouvez réessayer ou vous connecter avec votre mot de passe.',
  indisponible: 'Le service d’identification ne répond pas. Réessayez dans quelques minutes ou connectez-vous avec votre mot de passe.',
  refuse: 'La connexion n’a pas pu être vérifiée. Recommencez depuis cette page.',
  'agent-inconnu': 'Votre compte agent n’existe pas : demandez-le à un administrateur.',
  'agent-franceconnect': 'Les agents se connectent avec ProConnect ou avec leur mot de passe, pas avec FranceConnect.',
  'lien-expire': 'Le délai pour associer FranceConnect à votre compte est dépassé. Recommencez avec FranceConnect.',
};

function noticeFor(params: Record<string, string | string[] | undefined>): Notice | null {
  const oidc = OIDC_NOTICES[firstParam(params.oidc) ?? ''];
  if (oidc) return { tone: 'error', text: oidc };
  if (firstParam(params.motdepasse) === 'modifie') {
    return { tone: 'success', text: 'Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.' };
  }
  if (firstParam(params.invitation) === 'acceptee') {
    return { tone: 'success', text: 'Votre mot de passe est enregistré. Connectez-vous pour accéder à l’espace instruction.' };
  }
  if (firstParam(params.courriel) === 'confirme') {
    return { tone: 'success', text: 'Votre adresse courriel est confirmée. Vous pouvez vous connecter.' };
  }
  if (firstParam(params.deconnexion) === 'partout') {
    return { tone: 'success', text: 'Toutes vos sessions sont fermées, sur tous vos appareils.' };
  }
  if (firstParam(params.compte) === 'supprime') {
    return { tone: 'success', text: 'Votre compte est supprimé. Un courriel vous confirme ce qui a été supprimé et ce qui est conservé.' };
  }
  if (firstParam(params.deconnexion) === 'ok') return { tone: 'info', text: 'Votre session est fermée.' };
  // Set by next-auth when its own endpoint refuses a login (a form posted to /api/auth directly).
  if (params.error) return { tone: 'error', text: 'La connexion a échoué. Vérifiez votre courriel et votre mot de passe.' };
  if (params.retour) return { tone: 'info', text: 'Connectez-vous pour accéder à cette page.' };
  return null;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(firstParam(params.retour));
  const user = await getSessionUser();
  if (user) redirect(returnTo ?? homePathFor(user.role));
  const notice = noticeFor(params);

  return (
    <div className="narrow stack-lg">
      {/* Nobody is signed in here (or they were sent on above): the header says so at once, also after « Se déconnecter ». */}
      <ServerViewer viewer={null} />
      <PageHeader title="Connexion" lead="Connectez-vous avec l’adresse courriel et le mot de passe de votre compte." />
      {notice ? (
        <Alert tone={notice.tone}>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {hasOidcProvider() ? (
        <section className="stack" aria-labelledby="identite-numerique">
          <h2 id="identite-numerique">Avec une identité numérique</h2>
          <OidcButton provider="franceconnect" />
          <OidcButton provider="proconnect" />
          <p>Ou avec votre adresse courriel et votre mot de passe :</p>
        </section>
      ) : null}
      <LoginForm returnTo={returnTo} />
      <p>
        <Link href="/mot-de-passe/reinitialiser">Réinitialiser mon mot de passe</Link>
      </p>
      <section className="card" aria-labelledby="creer-un-compte">
        <h2 id="creer-un-compte">Pas encore de compte ?</h2>
        <p>Créez votre compte pour déposer et suivre vos demandes auprès du Département.</p>
        <p>
          <Link className="btn-secondary" href="/inscription">
            Enregistrement
          </Link>
        </p>
      </section>
    </div>
  );
}
