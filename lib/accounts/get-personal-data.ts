import 'server-only';
import { db } from '@/lib/db';

export type PersonalData = { firstName: string; lastName: string; email: string; createdAt: Date; fromFranceConnect: boolean };

export async function getPersonalData(userId: string): Promise<PersonalData> {
  const { franceConnectSub, ...data } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, lastName: true, email: true, createdAt: true, franceConnectSub: true },
  });
  return { ...data, fromFranceConnect: franceConnectSub !== null };
}
