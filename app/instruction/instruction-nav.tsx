'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

type InstructionNavProps = { links: { href: string; label: string }[] };

export function InstructionNav({ links }: InstructionNavProps) {
  const pathname = usePathname();
  // « Dossiers » is the queue (/instruction) and every dossier under /instruction/dossiers.
  const current = (href: string) =>
    href === '/instruction' ? pathname === href || pathname.startsWith('/instruction/dossiers/') : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className="tabs instruction-nav" aria-label="Rubriques de l’instruction">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={current(link.href) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
