'use client';

import { useEffect, useRef } from 'react';
import { ErrorPage } from '@/components/ui/error-page';

type ErrorProps = {
  error: unknown;
  retry: () => void;
};

export default function RouteError({ error, retry }: ErrorProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Screen-reader and keyboard users land on the message instead of a stale focus.
    headingRef.current?.focus();
    console.error(error);
  }, [error]);

  return (
    <ErrorPage
      title="Une erreur est survenue"
      headingRef={headingRef}
      reference={errorDigest(error)}
      actions={
        <button type="button" className="btn" onClick={() => retry()}>
          Réessayer
        </button>
      }
    >
      <p className="lead">Nous n’avons pas pu afficher cette page. Vos données déjà enregistrées ne sont pas perdues.</p>
      <p>Réessayez dans quelques instants. Si le problème persiste, revenez plus tard.</p>
    </ErrorPage>
  );
}

/** Server errors reach the client as a generic message plus a digest that matches the logs. */
function errorDigest(error: unknown): string | undefined {
  if (error instanceof Error && 'digest' in error && typeof error.digest === 'string') {
    return error.digest;
  }
  return undefined;
}
