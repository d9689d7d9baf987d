'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { requireAgent } from '@/lib/auth/session';
import { followDossier } from '@/lib/instruction/follow-dossier';
import { agentDossierPath, INSTRUCTION_PATH } from '@/lib/instruction/instruction-paths';
import { DossierNotFoundForAgentError } from '@/lib/instruction/load-agent-dossier';

// « Suivre » / « Ne plus suivre », from the queue and from a dossier's page. A public endpoint:
// the agent is checked here, the dossier's scope in the domain. No redirect: the page the button
// is on is rendered again (with or without JavaScript) and the button says the new state.

const followSchema = z.object({ dossierId: z.uuid(), suivre: z.enum(['1', '0']) });

export async function followDossierAction(
  _previous: ActionResult<{ following: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ following: boolean }>> {
  const agent = await requireAgent(INSTRUCTION_PATH);
  const parsed = parseForm(followSchema, formData);
  if (!parsed.success) return fail('Ce dossier est introuvable.');
  try {
    const { following } = await followDossier(agent, parsed.data.dossierId, parsed.data.suivre === '1', await getRequestContext());
    revalidatePath(INSTRUCTION_PATH);
    revalidatePath(agentDossierPath(parsed.data.dossierId), 'layout');
    return succeed({ following });
  } catch (error) {
    if (error instanceof DossierNotFoundForAgentError) return fail(error.message);
    throw error;
  }
}
