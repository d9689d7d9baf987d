// The pages of the second step of an agent's sign-in. Outside /instruction: they serve agents who
// gave their password but not yet their code.

export const VERIFICATION_PATH = '/connexion/verification';
export const ENROLMENT_PATH = '/connexion/double-authentification';
export const RECOVERY_CODES_PATH = '/connexion/codes-de-secours';

function withReturn(path: string, returnTo?: string | null): string {
  return returnTo ? `${path}?retour=${encodeURIComponent(returnTo)}` : path;
}

export function secondFactorPathFor(enrolled: boolean, returnTo?: string | null): string {
  return withReturn(enrolled ? VERIFICATION_PATH : ENROLMENT_PATH, returnTo);
}

export function recoveryCodesPathFor(returnTo?: string | null): string {
  return withReturn(RECOVERY_CODES_PATH, returnTo);
}
