'use client';

import { useEffect } from 'react';
import { ErrorPage } from '@/components/ui/error-page';
import './globals.css';

type GlobalErrorProps = {
  error: unknown;
  retry: () => void;
};

// Replaces the root layout when it fails, hence its own <html> and <body>.
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  return (
    <html lang="fr">
      <body>
        <title>Une erreur est survenue — Guichet</title>
        <main id="contenu">
          <div className="container page">
            <ErrorPage
              title="Une erreur est survenue"
              reference={digest}
              actions={
                <button type="button" className="btn" onClick={() => retry()}>
                  Réessayer
                </button>
              }
            >
              <p className="lead">Le guichet en ligne n’a pas pu afficher cette page. Vos données déjà enregistrées ne sont pas perdues.</p>
              <p>Réessayez dans quelques instants. Si le problème persiste, revenez plus tard.</p>
            </ErrorPage>
          </div>
        </main>
      </body>
    </html>
  );
}
