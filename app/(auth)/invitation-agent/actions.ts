'use server';

import { redirect } from 'next/navigation';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { acceptAgentInvitation } from '@/lib/instruction/agents/accept-agent-invitation';
import { acceptAgentInvitationSchema } from '@/lib/validation/agent';

// Public on purpose: the emailed token is the credential (single use, 72 h, stored hashed).
export const acceptAgentInvitationAction = defineAction({
  access: anyone,
  schema: acceptAgentInvitationSchema,
  run: ({ input, context }) => acceptAgentInvitation(input, context),
  done: () => redirect('/connexion?invitation=acceptee'),
});
