import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { env } from '@/lib/env';
import { foreignOriginResponse, isSameOriginRequest } from '@/lib/security/same-origin';

// next-auth's POST endpoints (sign-in, sign-out, session update) check its own CSRF token on some
// of them only, and never the Origin: like every route handler that takes a body
// (lib/security/same-origin.ts), a POST sent by another site is refused before next-auth reads it.
// The site itself never posts here from another origin (its forms are server actions).

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOriginRequest(request.headers, env.APP_URL)) return foreignOriginResponse();
  return handlers.POST(request);
}
