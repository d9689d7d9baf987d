import { NextResponse } from 'next/server';
import { getSessionUser } from '@/lib/auth/session';
import type { HeaderViewer } from '@/components/layout/header-viewer';

// Who is browsing, for the site header (components/layout/header-account.tsx): the first name and
// the role, nothing else. Public pages stay static and cached; only this small answer is personal
// (Cache-Control: no-store, next.config.ts).

export async function GET(): Promise<NextResponse<{ viewer: HeaderViewer | null }>> {
  const user = await getSessionUser();
  return NextResponse.json({ viewer: user ? { firstName: user.firstName, role: user.role } : null });
}
