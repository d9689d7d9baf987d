import 'server-only';
import { getSessionUser, isAgent, type SessionUser } from './session';

// Route handlers (downloads, exports) cannot render forbidden() or redirect like pages do: they
// ask here who is calling and answer themselves (401/redirect, 403). One place for the rule, so
// that a requirement added to requireAgent (e.g. the agents' second factor) is added here too.

export type RouteAgent = { status: 'agent'; agent: SessionUser } | { status: 'signed-out' } | { status: 'forbidden' };

export async function getAgentForRoute(): Promise<RouteAgent> {
  const user = await getSessionUser();
  if (!user) return { status: 'signed-out' };
  if (!isAgent(user)) return { status: 'forbidden' };
  return { status: 'agent', agent: user };
}
