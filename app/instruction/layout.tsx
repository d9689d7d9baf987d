import type { ReactNode } from 'react';
import { headerViewerOf } from '@/components/layout/header-viewer';
import { ServerViewer } from '@/components/layout/server-viewer';
import { getSessionUser, isVerifiedAgent } from '@/lib/auth/session';
import {
  AGENTS_PATH,
  AUDIT_LOG_PATH,
  EXPORTS_PATH,
  INSTRUCTION_PATH,
  RETENTION_PATH,
  SECURITY_PATH,
  STATISTICS_PATH,
} from '@/lib/instruction/instruction-paths';
import { ADMIN_PROCEDURES_PATH } from '@/lib/procedures/procedure-paths';
import { InstructionNav } from './instruction-nav';

// Not an authorization boundary (docs/architecture.md); someone who may not be here sees no menu.
// It also tells the header who is signed in (server-viewer.tsx).
export default async function InstructionLayout({ children }: { children: ReactNode }) {
  const viewer = await getSessionUser();
  if (!viewer) return children;
  const headerViewer = <ServerViewer viewer={headerViewerOf(viewer)} />;
  if (!isVerifiedAgent(viewer)) {
    return (
      <>
        {headerViewer}
        {children}
      </>
    );
  }
  const links = [
    { href: INSTRUCTION_PATH, label: 'Dossiers' },
    { href: STATISTICS_PATH, label: 'Statistiques' },
    { href: EXPORTS_PATH, label: 'Exports' },
    { href: RETENTION_PATH, label: 'Conservation' },
  ];
  if (viewer.role === 'ADMIN') {
    links.push({ href: ADMIN_PROCEDURES_PATH, label: 'Démarches' }, { href: AGENTS_PATH, label: 'Agents' }, { href: AUDIT_LOG_PATH, label: 'Journal' });
  }
  links.push({ href: SECURITY_PATH, label: 'Sécurité' });
  return (
    <>
      {headerViewer}
      <InstructionNav links={links} />
      <div className="instruction-content">{children}</div>
    </>
  );
}
