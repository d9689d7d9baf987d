import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';

export async function findUserRole(email: string): Promise<Role | null> {
  const user = await db.user.findUnique({ where: { email }, select: { role: true } });
  return user?.role ?? null;
}
