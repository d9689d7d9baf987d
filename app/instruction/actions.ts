'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { fail, NOT_FOUND_CODE, succeed } from '@/lib/actions/result';
import { requireAgent } from '@/lib/auth/session';
import { followDossier } from '@/lib/instruction/follow-dossier';
import { agentDossierPath, INSTRUCTION_PATH } from '@/lib/instruction/instruction-paths';
import { followSchema } from '@/lib/validation/instruction';

// No redirect: the page the button is on is rendered again (with or without JavaScript) and the
// button says the new state.

export const followDossierAction = defineAction({
  access: () => requireAgent(INSTRUCTION_PATH),
  schema: followSchema,
  run: async ({ viewer, input, context }) => {
    const result = await followDossier(viewer, input.dossierId, input.follow === '1', context);
    // The button sits in the queue: a dossier gone from the agent's scope is said next to it, not as a 404 of the whole list.
    return !result.ok && result.code === NOT_FOUND_CODE ? fail(result.message) : result;
  },
  done: ({ input, data }) => {
    revalidatePath(INSTRUCTION_PATH);
    revalidatePath(agentDossierPath(input.dossierId), 'layout');
    return succeed({ following: data.following });
  },
});
