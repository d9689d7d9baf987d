import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { uniqueEmail } from '@/test/integration/accounts';
import { createAgent } from './create-agent';

const AGENT_PASSWORD = 'Instruction-2026!';

describe('createAgent', () => {
  it('creates a confirmed agent with the given role', async () => {
    const email = uniqueEmail();
    const agent = await createAgent({ email: email.toUpperCase(), password: AGENT_PASSWORD, role: 'INSTRUCTEUR', firstName: 'Paul', lastName: 'Agent' });

    expect(agent).toEqual({ id: expect.any(String), email, role: 'INSTRUCTEUR' });
    const stored = await db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.emailVerifiedAt).toBeInstanceOf(Date);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses an address that already has an account', async () => {
    const email = uniqueEmail();
    await createAgent({ email, password: AGENT_PASSWORD, role: 'ADMIN', firstName: 'Paul', lastName: 'Agent' });
    await expect(createAgent({ email, password: AGENT_PASSWORD, role: 'ADMIN', firstName: 'Paul', lastName: 'Agent' })).rejects.toThrow(
      `Un compte existe déjà avec l’adresse ${email}.`,
    );
  });

  it('asks agents for at least 12 characters', async () => {
    await expect(createAgent({ email: uniqueEmail(), password: 'Court-9x', role: 'ADMIN', firstName: 'Paul', lastName: 'Agent' })).rejects.toThrow(
      'Le mot de passe doit contenir au moins 12 caractères',
    );
  });
});
