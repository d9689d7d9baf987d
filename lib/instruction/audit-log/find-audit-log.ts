import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type AdminViewer } from '@/lib/instruction/agents/agent-admin';
import { AUDIT_LOG_PAGE_SIZE, encodeCursor, type AuditLogFilters } from './audit-log-filters';
import { isUuid } from '@/lib/validation/uuid';

// The security journal for administrators: newest first, 50 a page, keyset pagination on
// (createdAt, id) so that a deep page costs what the first one does. Filtering by author goes
// through the ([actorId, createdAt]) index, the others through ([createdAt]).

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  action: string;
  actor: { name: string; email: string } | null;
  target: string | null;
  ip: string | null;
};

export type AuditLogPage = { entries: AuditLogEntry[]; nextCursor: string | null };

/** What a target id means to a person: an account's name, a démarche's title, a dossier's number. */
async function describeTargets(rows: { targetType: string | null; targetId: string | null }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.targetType === type && row.targetId).map((row) => row.targetId!))];
  const [users, procedures, dossiers] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf('User').filter(isUuid) } }, select: { id: true, firstName: true, lastName: true, email: true } }),
    db.procedure.findMany({ where: { id: { in: idsOf('Procedure').filter(isUuid) } }, select: { id: true, title: true } }),
    db.dossier.findMany({ where: { id: { in: idsOf('Dossier').filter(isUuid) } }, select: { id: true, number: true } }),
  ]);
  const names = new Map<string, string>();
  for (const user of users) names.set(`User:${user.id}`, `${user.firstName} ${user.lastName} (${user.email})`);
  for (const procedure of procedures) names.set(`Procedure:${procedure.id}`, `Démarche « ${procedure.title} »`);
  for (const dossier of dossiers) names.set(`Dossier:${dossier.id}`, dossier.number ? `Dossier n° ${dossier.number}` : 'Brouillon');
  return names;
}

export async function findAuditLog(admin: AdminViewer, filters: AuditLogFilters): Promise<AuditLogPage> {
  await assertAdmin(admin);
  const where: Prisma.AuditLogWhereInput[] = [];
  if (filters.action) where.push({ action: filters.action });
  if (filters.actorEmail) {
    const actor = await db.user.findUnique({ where: { email: filters.actorEmail }, select: { id: true } });
    if (!actor) return { entries: [], nextCursor: null };
    where.push({ actorId: actor.id });
  }
  if (filters.from) where.push({ createdAt: { gte: filters.from } });
  if (filters.before) where.push({ createdAt: { lt: filters.before } });
  if (filters.cursor) {
    const { createdAt, id } = filters.cursor;
    where.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_LOG_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      ip: true,
      actor: { select: { firstName: true, lastName: true, email: true } },
    },
  });
  const page = rows.slice(0, AUDIT_LOG_PAGE_SIZE);
  const targets = await describeTargets(page);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      actor: row.actor && { name: `${row.actor.firstName} ${row.actor.lastName}`, email: row.actor.email },
      target: row.targetType ? (targets.get(`${row.targetType}:${row.targetId}`) ?? `${row.targetType} ${row.targetId ?? ''}`.trim()) : null,
      ip: row.ip,
    })),
    nextCursor: rows.length > AUDIT_LOG_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}
