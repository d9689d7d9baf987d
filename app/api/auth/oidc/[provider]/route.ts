import { startOidcSignIn } from '@/lib/auth/oidc/handlers';

// « S'identifier avec FranceConnect / ProConnect »: to the provider's authorize endpoint.
export async function GET(_request: Request, { params }: { params: Promise<{ provider: string }> }) {
  return startOidcSignIn((await params).provider);
}
