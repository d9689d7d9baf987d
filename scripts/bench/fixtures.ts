import path from 'node:path';

// What `npm run bench:data` leaves for `npm run bench` (.bench/ is gitignored): the accounts and
// the AUTH_SECRET the bench server must use (the agents' TOTP secrets are sealed with it).

export function fixturesFile(databaseUrl: string): string {
  const name = new URL(databaseUrl).pathname.replace(/^\//, '') || 'postgres';
  return path.resolve('.bench', `${name.replace(/[^\w.-]/g, '_')}.json`);
}
/** A bench-only secret (never a production one): the bench server runs with it. */
export const BENCH_AUTH_SECRET = 'bench-auth-secret-not-for-production-0123456789';
export const BENCH_PASSWORD = 'Bench-Mot-de-passe-2026!';

export type BenchFixtures = {
  createdAt: string;
  scale: { users: number; profiles: number; dossiers: number };
  authSecret: string;
  password: string;
  applicant: { id: string; email: string; dossierId: string | null };
  instructeur: { id: string; email: string; totpSecret: string };
  admin: { id: string; email: string; totpSecret: string };
  signInEmails: string[];
  procedures: { id: string; slug: string; instructedByInstructeur: boolean }[];
  sampleDossier: { id: string; number: string } | null;
};
