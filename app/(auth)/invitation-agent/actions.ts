'use server';

import { redirect } from 'next/navigation';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { acceptAgentInvitation } from '@/lib/instruction/agents/accept-agent-invitation';
import { acceptAgentInvitationSchema } from '@/lib/validation/agent';

// Public on purpose: the emailed token is the credential (single use, 72 h, stored hashed).
export async function acceptAgentInvitationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(acceptAgentInvitationSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await acceptAgentInvitation(parsed.data, await getRequestContext());
  if (!result.ok) return result;
  redirect('/connexion?invitation=acceptee');
}
