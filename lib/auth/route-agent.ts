import 'server-only';
import { secondFactorPathFor } from './mfa/second-factor-paths';
import { recordForbiddenAccess } from './record-forbidden-access';
import { getSessionUser, isAgent, type SessionUser } from './session';

// Same rule as requireAgent: an agent who gave the password but not yet the second factor is sent
// to the second step.

export type RouteAgent =
  | { status: 'agent'; agent: SessionUser }
  | { status: 'signed-out' }
  | { status: 'forbidden' }
  | { status: 'second-factor'; location: string };

/** `returnTo`: where the second step sends the agent back (a page, not the file itself). */
export async function getAgentForRoute(returnTo: string): Promise<RouteAgent> {
  const user = await getSessionUser();
  if (!user) return { status: 'signed-out' };
  if (!isAgent(user)) {
    await recordForbiddenAccess(user.id, returnTo);
    return { status: 'forbidden' };
  }
  if (!user.secondFactorVerified) return { status: 'second-factor', location: secondFactorPathFor(user.secondFactorEnrolled, returnTo) };
  return { status: 'agent', agent: user };
}
