import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { env } from '@/lib/env';
import { foreignOriginResponse, isSameOriginRequest } from '@/lib/security/same-origin';

// next-auth checks its own CSRF token on some of its POST endpoints only, and never the Origin.

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOriginRequest(request.headers, env.APP_URL)) return foreignOriginResponse();
  return handlers.POST(request);
}
