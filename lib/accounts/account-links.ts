import 'server-only';
import { env } from '@/lib/env';

// The token travels in the query string, never in a path segment: route-level logs do not record it.

export const accountLinks = {
  confirmEmail: (token: string) => `${env.APP_URL}/confirmer-courriel?jeton=${token}`,
  resetPassword: (token: string) => `${env.APP_URL}/mot-de-passe/nouveau?jeton=${token}`,
  login: () => `${env.APP_URL}/connexion`,
  requestPasswordReset: () => `${env.APP_URL}/mot-de-passe/reinitialiser`,
};
