'use client';

import { useState } from 'react';
import { ActionButton } from '@/components/forms/action-button';
import { useViewer } from '@/components/layout/viewer-store';
import { LinkButton } from '@/components/ui/button';
import { loginPathFor } from '@/lib/auth/login-path';
import { startDossierPath } from '@/lib/dossiers/dossier-paths';
import type { ProcedureAudience } from '@/lib/generated/prisma/client';
import { publicProcedurePath } from '@/lib/procedures/procedure-paths';
import { startDossierAction } from './deposer/actions';

type Props = {
  procedure: { slug: string; audience: ProcedureAudience };
};

// One key per démarche for this load of the site, shared by the page's buttons: both create the
// same draft, and a double click, a replay or a return to the page (« Précédent ») opens it again.
// Drawn in the browser: the page is cached for everyone (docs/decisions/025-public-pages-cache.md).
const displayKeys = new Map<string, string>();

function displayKey(slug: string): string {
  let key = displayKeys.get(slug);
  if (!key) {
    key = crypto.randomUUID();
    displayKeys.set(slug, key);
  }
  return key;
}

/**
 * « Déposer une demande ». A particulier has nothing to choose: the button creates the draft. For
 * an association the next page asks « Pour qui ? » (its only profile already ticked). The page is
 * the same for everyone: who is signed in comes from the browser (viewer-store.ts); until known,
 * and without JavaScript, the visitor's version (hidden while a signed-in person's answer is awaited).
 */
export function ProcedureCallToAction({ procedure }: Props) {
  const viewer = useViewer();
  if (!viewer) {
    // A particulier comes back here after signing in, where the button creates the draft.
    const back = procedure.audience === 'PARTICULIER' ? publicProcedurePath(procedure.slug) : startDossierPath(procedure.slug);
    return (
      <div className="procedure-cta visitor-only">
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
  return <StartForParticulier slug={procedure.slug} name={`${viewer.firstName} ${viewer.lastName}`} />;
}

/** Only once the viewer is known, in the browser: its key is never in the cached page. */
function StartForParticulier({ slug, name }: { slug: string; name: string }) {
  const [idempotencyKey] = useState(() => displayKey(slug));
  return (
    <div className="procedure-cta">
      <p>
        Vous faites cette demande en votre nom&nbsp;: <strong>{name}</strong>.
      </p>
      <ActionButton action={startDossierAction} fields={{ procedureSlug: slug, idempotencyKey }} variant="primary" pendingLabel="Création du brouillon…">
        Déposer une demande
      </ActionButton>
    </div>
  );
}
