import { randomBytes, randomInt } from 'node:crypto';

// Demo content created on the first start of a new database: one administrator agent whose
// generated password is printed once, and the demo démarches (prisma/seed-procedures.ts), written
// by the factories the tests use (test/factories/), with their journal rows as if the agent
// command and the builder had made them. The caller sets DATABASE_URL before this runs (the
// app's modules read it at import).

export const SEED_ADMIN_EMAIL = 'admin@guichet.localhost';

/** A random password that meets the agent policy (≥ 12 characters, upper, lower, special). */
function generateAgentPassword(): string {
  const specials = '!#%+-=?@_';
  return `${randomBytes(15).toString('base64url')}A${'abcdefghjkmnpqrstuvwxyz'[randomInt(23)]}${specials[randomInt(specials.length)]}`;
}

export async function seedDatabase(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import('../lib/db');
  const { hashPassword } = await import('../lib/auth/password-hash');
  const { createUser } = await import('../test/factories/users');
  const { createAuditEntries } = await import('../test/factories/audit');
  if (await db.user.findFirst({ where: { role: 'ADMIN' }, select: { id: true } })) return;

  const password = generateAgentPassword();
  const passwordHash = await hashPassword(password);
  const admin = await db.$transaction(async (tx) => {
    const agent = await createUser(tx, { email: SEED_ADMIN_EMAIL, passwordHash, role: 'ADMIN', firstName: 'Administrateur', lastName: 'Guichet' });
    await createAuditEntries(tx, [{ action: 'agent.created', targetType: 'User', targetId: agent.id, details: { role: 'ADMIN' } }]);
    return agent;
  });
  const { seedProcedures } = await import('./seed-procedures');
  const procedures = await seedProcedures(db, admin.id);
  const line = '─'.repeat(64);
  console.log(
    [
      line,
      'Premier démarrage : un agent administrateur a été créé.',
      `  Courriel : ${SEED_ADMIN_EMAIL}`,
      `  Mot de passe : ${password}`,
      'Notez ce mot de passe : il ne sera plus affiché.',
      `${procedures} démarches de démonstration ont été créées.`,
      line,
    ].join('\n'),
  );
}
