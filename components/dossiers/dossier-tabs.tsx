'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

// The dossier's tabs are sub-pages, not a script-driven tablist: each has its URL, works without
// JavaScript, and the current one says so (aria-current).

export function DossierTabs({ basePath, tabs }: { basePath: string; tabs: readonly { segment: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label="Rubriques du dossier">
      <ul>
        {tabs.map((tab) => {
          const href = `${basePath}${tab.segment}`;
          return (
            <li key={tab.segment}>
              <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
