import { ActionButton } from '@/components/forms/action-button';
import { LinkButton } from '@/components/ui/button';
import { loginPathFor, type SessionUser } from '@/lib/auth/session';
import { startDossierPath } from '@/lib/dossiers/dossier-paths';
import type { ProcedureAudience } from '@/lib/generated/prisma/client';
import { publicProcedurePath } from '@/lib/procedures/procedure-paths';
import { startDossierAction } from './deposer/actions';

type Props = {
  procedure: { slug: string; audience: ProcedureAudience };
  viewer: Pick<SessionUser, 'firstName' | 'lastName'> | null;
  /** One key for every button of the page: both create the same draft. */
  idempotencyKey: string;
};

/**
 * « Déposer une demande ». A particulier has nothing to choose: the button creates the draft. For
 * an association the next page asks « Pour qui ? » (its only profile already ticked).
 */
export function ProcedureCallToAction({ procedure, viewer, idempotencyKey }: Props) {
  if (!viewer) {
    // A particulier comes back here after signing in, where the button creates the draft.
    const back = procedure.audience === 'PARTICULIER' ? publicProcedurePath(procedure.slug) : startDossierPath(procedure.slug);
    return (
      <div className="procedure-cta">
        <p>Pour déposer une demande, connectez-vous à votre compte ou créez-en un.</p>
        <p>
          <LinkButton href={loginPathFor(back)}>Se connecter pour déposer une demande</LinkButton>
        </p>
      </div>
    );
  }
  if (procedure.audience === 'ASSOCIATION') {
    return (
      <div className="procedure-cta">
        <p>
          <LinkButton href={startDossierPath(procedure.slug)}>Déposer une demande</LinkButton>
        </p>
      </div>
    );
  }
  return (
    <div className="procedure-cta">
      <p>
        Vous faites cette demande en votre nom&nbsp;: <strong>{`${viewer.firstName} ${viewer.lastName}`}</strong>.
      </p>
      <ActionButton
        action={startDossierAction}
        fields={{ procedureSlug: procedure.slug, idempotencyKey }}
        variant="primary"
        pendingLabel="Création du brouillon…"
      >
        Déposer une demande
      </ActionButton>
    </div>
  );
}
