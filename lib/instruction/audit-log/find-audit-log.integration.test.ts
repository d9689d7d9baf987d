import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createViewer } from '@/test/integration/procedures';
import { AUDIT_LOG_PAGE_SIZE, parseAuditLogQuery } from './audit-log-filters';
import { findAuditLog } from './find-audit-log';

beforeAll(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});

describe('findAuditLog', () => {
  it('pages newest first by 50 without gaps nor repeats, filtered by author, action and days', async () => {
    const admin = await createViewer('ADMIN');
    const actor = await createViewer('INSTRUCTEUR');
    const { email } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
    const base = new Date('2026-03-10T12:00:00.000Z').getTime();
    // 120 rows of this actor, some sharing one instant (the id breaks ties), over 3 days.
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        actorId: actor.id,
        action: index % 2 ? 'instruction.start' : 'instruction.message',
        targetType: 'User',
        targetId: actor.id,
        ip: '203.0.113.5',
        createdAt: new Date(base + Math.floor(index / 3) * 3600_000),
      })),
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { filters } = parseAuditLogQuery({ auteur: email, apres: cursor });
      const page = await findAuditLog(admin, filters);
      pages += 1;
      expect(page.entries.length).toBeLessThanOrEqual(AUDIT_LOG_PAGE_SIZE);
      for (let i = 1; i < page.entries.length; i += 1) expect(page.entries[i - 1].createdAt >= page.entries[i].createdAt).toBe(true);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);

    const first = await findAuditLog(admin, parseAuditLogQuery({ auteur: email }).filters);
    expect(first.entries[0]).toMatchObject({ actor: { email, name: 'Alex Admin' }, ip: '203.0.113.5', target: `Alex Admin (${email})` });

    const started = await findAuditLog(admin, parseAuditLogQuery({ auteur: email, action: 'instruction.start' }).filters);
    expect(started.entries).toHaveLength(50);
    expect(started.entries.every((entry) => entry.action === 'instruction.start')).toBe(true);

    // 2026-03-10 in Paris: 13:00 to 23:59 local = rows 0..32 (hours 12 to 22 UTC, 11 hours × 3).
    const oneDay = await findAuditLog(admin, parseAuditLogQuery({ auteur: email, du: '2026-03-10', au: '2026-03-10' }).filters);
    expect(oneDay.entries).toHaveLength(33);
    expect(await findAuditLog(admin, parseAuditLogQuery({ auteur: 'personne@exemple.test' }).filters)).toEqual({ entries: [], nextCursor: null });
  });

  it('is for administrators only', async () => {
    for (const role of ['USAGER', 'INSTRUCTEUR'] as const) {
      const viewer = await createViewer(role);
      await expect(findAuditLog(viewer, {})).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    }
  });
});
