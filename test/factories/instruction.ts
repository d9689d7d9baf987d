import { db } from '@/lib/db';

// Integration tests of the back-office: assignments written directly.

export async function assignInstructor(userId: string, procedureId: string) {
  await db.procedureInstructor.create({ data: { userId, procedureId } });
}
