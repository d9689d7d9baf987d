/** The sign-in page, coming back to `returnTo` afterwards. Free of the session: cached pages use it. */
export function loginPathFor(returnTo?: string): string {
  return returnTo ? `/connexion?retour=${encodeURIComponent(returnTo)}` : '/connexion';
}
