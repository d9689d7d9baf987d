import { finishOidcSignIn } from '@/lib/auth/oidc/handlers';

// The redirect URI registered with the provider (it takes precedence over next-auth's catch-all).
export async function GET(request: Request) {
  return finishOidcSignIn('franceconnect', request);
}
