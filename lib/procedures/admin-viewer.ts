import 'server-only';
import type { Role } from '@/lib/generated/prisma/client';

export type Viewer = { id: string; role: Role };

/** An applicant or an instructeur here gets the 403 page (or a thrown error outside Next.js). */
export async function assertAdmin(viewer: Viewer): Promise<void> {
  if (viewer.role === 'ADMIN') return;
  // Imported only to refuse: next/navigation pulls React's client build, which the seed script
  // (run outside Next.js, under the react-server condition) cannot load.
  const { forbidden } = await import('next/navigation');
  forbidden();
}
