import Link from 'next/link';
import type { ReactNode, Ref } from 'react';

type ErrorPageProps = {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** Technical reference the user can quote to the support (never a stack trace). */
  reference?: string;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** Shared body of not-found, error and global-error: usable from client components. */
export function ErrorPage({ title, children, actions, reference, headingRef }: ErrorPageProps) {
  return (
    <div className="error-page stack">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
      <div className="actions">
        {actions}
        <Link href="/">Retour à l’accueil</Link>
      </div>
      {reference ? <p className="error-page__code">Référence de l’erreur : {reference}</p> : null}
    </div>
  );
}
