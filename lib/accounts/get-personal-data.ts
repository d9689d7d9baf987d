import 'server-only';
import { db } from '@/lib/db';

export type PersonalData = { firstName: string; lastName: string; email: string; createdAt: Date };

export async function getPersonalData(userId: string): Promise<PersonalData> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, lastName: true, email: true, createdAt: true },
  });
}
