import { z } from 'zod';
import { hiddenId } from './hidden-id';
import { CONTROL_CHARACTERS, emailAddress, linkToken, PERSON_NAME_MAX_LENGTH } from './account';
import { formList } from './form-list';
import { agentPasswordSchema } from './password';

function agentName(missing: string, field: string) {
  return z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(PERSON_NAME_MAX_LENGTH, `Le ${field} doit contenir au plus ${PERSON_NAME_MAX_LENGTH} caractères`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `Saisissez un ${field} sans retour à la ligne ni caractère invisible`);
}

export const AGENT_ROLES = ['INSTRUCTEUR', 'ADMIN'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

const role = z.enum(AGENT_ROLES, 'Choisissez le rôle de l’agent');

/** How many démarches one agent may be given at once: far more than a département has. */
const MAX_INSTRUCTED_PROCEDURES = 500;
const CHOOSE_PROCEDURES = 'Choisissez des démarches de la liste';

/** The ticked boxes, which share the name `procedureIds`; duplicates are dropped. */
export const procedureIdsSchema = formList(z.uuid(CHOOSE_PROCEDURES), MAX_INSTRUCTED_PROCEDURES, CHOOSE_PROCEDURES).transform((ids) => [...new Set(ids)]);

const agentId = hiddenId;

export const inviteAgentSchema = z.object({
  email: emailAddress('Saisissez l’adresse courriel de l’agent'),
  firstName: agentName('Saisissez le prénom de l’agent', 'prénom'),
  lastName: agentName('Saisissez le nom de l’agent', 'nom'),
  role,
  procedureIds: procedureIdsSchema,
});

export const updateAgentSchema = z.object({ agentId, role, procedureIds: procedureIdsSchema });

export const agentTargetSchema = z.object({ agentId });

export const acceptAgentInvitationSchema = z
  .object({
    token: linkToken,
    password: agentPasswordSchema,
    passwordConfirmation: z.string('Saisissez de nouveau le mot de passe').min(1, 'Saisissez de nouveau le mot de passe'),
  })
  .refine((form) => form.password === form.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'Les deux mots de passe ne correspondent pas',
  });

export type InviteAgentInput = z.output<typeof inviteAgentSchema>;
export type UpdateAgentInput = Omit<z.output<typeof updateAgentSchema>, 'agentId'>;
export type AcceptAgentInvitationInput = z.output<typeof acceptAgentInvitationSchema>;
