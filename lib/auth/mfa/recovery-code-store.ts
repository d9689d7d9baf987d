import 'server-only';
import { db, type Tx } from '@/lib/db';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';

/** Replaces every recovery code of the agent with ten new ones; returns them, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })) });
  return codes;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
