import { randomBytes, randomInt } from 'node:crypto';

// Demo content created on the first start of a new database: one administrator agent whose
// generated password is printed once, and the demo démarches (prisma/seed-procedures.ts).
// The caller sets DATABASE_URL before this runs (the app's modules read it at import).

export const SEED_ADMIN_EMAIL = 'admin@guichet.localhost';

/** A random password that meets the agent policy (≥ 12 characters, upper, lower, special). */
function generateAgentPassword(): string {
  const specials = '!#%+-=?@_';
  return `${randomBytes(15).toString('base64url')}A${'abcdefghjkmnpqrstuvwxyz'[randomInt(23)]}${specials[randomInt(specials.length)]}`;
}

export async function seedDatabase(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import('../lib/db');
  const { createAgent } = await import('../lib/accounts/create-agent');
  if (await db.user.findFirst({ where: { role: 'ADMIN' }, select: { id: true } })) return;

  const password = generateAgentPassword();
  const admin = await createAgent({ email: SEED_ADMIN_EMAIL, password, role: 'ADMIN', firstName: 'Administrateur', lastName: 'Guichet' });
  const { seedProcedures } = await import('./seed-procedures');
  const procedures = await seedProcedures(admin);
  const line = '─'.repeat(64);
  console.log(
    [
      line,
      'Premier démarrage : un agent administrateur a été créé.',
      `  Courriel     : ${SEED_ADMIN_EMAIL}`,
      `  Mot de passe : ${password}`,
      'Notez ce mot de passe : il ne sera plus affiché.',
      `${procedures} démarches de démonstration ont été créées.`,
      line,
    ].join('\n'),
  );
}
