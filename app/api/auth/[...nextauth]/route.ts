import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { isCredentialsCallback, isThrottledRedirect, tooManySigninsResponse } from '@/lib/auth/throttled-signin';
import { env } from '@/lib/env';
import { foreignOriginResponse, isSameOriginRequest } from '@/lib/security/same-origin';

// next-auth checks its own CSRF token on some of its POST endpoints only, and never the Origin.

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOriginRequest(request.headers, env.APP_URL)) return foreignOriginResponse();
  const form = isCredentialsCallback(request)
    ? await request
        .clone()
        .formData()
        .catch(() => null)
    : null;
  const response = await handlers.POST(request);
  return form && (await isThrottledRedirect(response)) ? tooManySigninsResponse(form, request, response) : response;
}
