import Link from 'next/link';
import type { ReactNode } from 'react';

type TileProps = {
  href: string;
  title: string;
  description?: ReactNode;
  /** Decorative: hidden from assistive technologies. */
  icon?: ReactNode;
  headingLevel?: 2 | 3;
};

export function Tile({ href, title, description, icon, headingLevel = 2 }: TileProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <Link className="tile" href={href}>
      {icon ? (
        <span className="tile__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Heading className="tile__title">{title}</Heading>
      {description ? <p className="tile__description">{description}</p> : null}
    </Link>
  );
}
