import { z } from 'zod';
import { emailAddress, CONTROL_CHARACTERS } from './account';
import { agentPasswordSchema } from './password';

// The administrators' forms on agents and the invitation's acceptance.
// Shared by the client forms (zodResolver) and the server actions.

function agentName(missing: string, field: string) {
  return z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(100, `Le ${field} doit contenir au plus 100 caractères`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `Saisissez un ${field} sans retour à la ligne ni caractère invisible`);
}

export const AGENT_ROLES = ['INSTRUCTEUR', 'ADMIN'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

const role = z.enum(AGENT_ROLES, 'Choisissez le rôle de l’agent');

/**
 * The ticked boxes: react-hook-form gives an array, a string (one box on the page) or false
 * (none); the server action passes FormData.getAll(). Duplicates are dropped.
 */
export const procedureIdsSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : []),
  z
    .array(z.uuid('Démarche inconnue'))
    .max(500)
    .transform((ids) => [...new Set(ids)]),
);

export const inviteAgentSchema = z.object({
  email: emailAddress('Saisissez l’adresse courriel de l’agent'),
  firstName: agentName('Saisissez le prénom de l’agent', 'prénom'),
  lastName: agentName('Saisissez le nom de l’agent', 'nom'),
  role,
  procedureIds: procedureIdsSchema,
});

export const updateAgentSchema = z.object({ role, procedureIds: procedureIdsSchema });

const token = z.string('Ce lien n’est pas valide').trim().min(1, 'Ce lien n’est pas valide').max(200);

export const acceptAgentInvitationSchema = z
  .object({
    token,
    password: agentPasswordSchema,
    passwordConfirmation: z.string('Saisissez de nouveau le mot de passe').min(1, 'Saisissez de nouveau le mot de passe'),
  })
  .refine((form) => form.password === form.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'Les deux mots de passe ne correspondent pas',
  });

export type InviteAgentInput = z.output<typeof inviteAgentSchema>;
export type UpdateAgentInput = z.output<typeof updateAgentSchema>;
export type AcceptAgentInvitationInput = z.output<typeof acceptAgentInvitationSchema>;
