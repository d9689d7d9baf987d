import { NextResponse } from 'next/server';
import { getSessionUser } from '@/lib/auth/session';
import { type HeaderViewer, headerViewerOf } from '@/components/layout/header-viewer';

// Public pages stay static and cached; only this small answer is personal (decisions 009 and 025).

export async function GET(): Promise<NextResponse<{ viewer: HeaderViewer | null }>> {
  const user = await getSessionUser();
  return NextResponse.json({ viewer: user ? headerViewerOf(user) : null });
}
