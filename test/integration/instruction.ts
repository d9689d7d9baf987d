import { db } from '@/lib/db';
import { assignInstructor as assignInstructorTo } from '@/test/factories/procedures';

// Integration tests of the back-office: assignments written directly.

export async function assignInstructor(userId: string, procedureId: string) {
  await assignInstructorTo(db, userId, [procedureId]);
}
