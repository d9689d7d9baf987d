import Link from 'next/link';
import type { ReactNode } from 'react';

type StepLinkProps = {
  basePath: string;
  /** The query parameter that opens the step, e.g. `revoquer`, and the row it is about. */
  param: string;
  value: string;
  variant: 'secondary' | 'danger';
  /** The element that names the row (a person, a key), read after the link's own name. */
  describedBy: string;
  children: ReactNode;
};

/** Jumps to the panel `#<param>-<value>`: without JavaScript the browser scrolls there, with it the panel takes focus. */
export function StepLink({ basePath, param, value, variant, describedBy, children }: StepLinkProps) {
  return (
    <Link className={`btn-${variant} btn-small`} href={`${basePath}?${param}=${value}#${param}-${value}`} scroll={false} aria-describedby={describedBy}>
      {children}
    </Link>
  );
}
