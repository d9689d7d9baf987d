import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Role } from '@/lib/generated/prisma/client';
import { emailSchema, updatePersonalDataSchema } from '@/lib/validation/account';
import { agentPasswordSchema } from '@/lib/validation/password';
import { isUniqueViolation } from './unique-violation';

// Agents are created by an administrator's command (npm run agent:create) and by the seed,
// never by a form: there is no self-service path to the back-office.

const createAgentSchema = updatePersonalDataSchema.extend({
  email: emailSchema,
  password: agentPasswordSchema,
  role: z.enum(['ADMIN', 'INSTRUCTEUR'], 'Le rôle doit être admin ou instructeur'),
});

export type CreateAgentInput = z.input<typeof createAgentSchema>;
export type CreatedAgent = { id: string; email: string; role: Role };

function alreadyExists(email: string): Error {
  return new Error(`Un compte existe déjà avec l’adresse ${email}.`);
}

/** Throws an Error with a French message (shown as is by the command) when the input is refused. */
export async function createAgent(input: CreateAgentInput): Promise<CreatedAgent> {
  const parsed = createAgentSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')} : ${issue.message}`);
    throw new Error(`Impossible de créer l’agent :\n${problems.join('\n')}`);
  }
  const { email, password, role, firstName, lastName } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw alreadyExists(email);

  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      // Created by an administrator who typed the address: confirmed from the start.
      const agent = await tx.user.create({
        data: { email, firstName, lastName, passwordHash, role, emailVerifiedAt: new Date() },
        select: { id: true, email: true, role: true },
      });
      await recordAudit(tx, { action: 'agent.created', targetType: 'User', targetId: agent.id, details: { role } });
      return agent;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(email);
    throw error;
  }
}
