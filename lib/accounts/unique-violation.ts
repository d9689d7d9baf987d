import { Prisma } from '@/lib/generated/prisma/client';

/** A unique index refused the write: another request created the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
