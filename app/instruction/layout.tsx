import type { ReactNode } from 'react';
import { getSessionUser, isAgent } from '@/lib/auth/session';
import { ADMIN_PROCEDURES_PATH } from '@/lib/procedures/procedure-paths';
import { InstructionNav } from './instruction-nav';

// Navigation only: each page checks its own access (requireAgent / requireAdmin), a layout is
// no authorization boundary. Someone who may not be here sees no menu of what is inside.
export default async function InstructionLayout({ children }: { children: ReactNode }) {
  const viewer = await getSessionUser();
  if (!viewer || !isAgent(viewer)) return children;
  const links = [{ href: '/instruction', label: 'Espace instruction' }];
  if (viewer.role === 'ADMIN') links.push({ href: ADMIN_PROCEDURES_PATH, label: 'Démarches' });
  return (
    <>
      <InstructionNav links={links} />
      <div className="instruction-content">{children}</div>
    </>
  );
}
