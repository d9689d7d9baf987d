import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { updateProcedureInfo } from '@/lib/procedures/update-procedure-info';
import { context, createTestProcedure, procedureInfo } from '@/test/integration/procedures';
import { ProcedureChangeWatcher } from './public-cache-handler.mjs';

// Two web instances share the database: each one's watcher must see a change made by the other
// (here, by the domain function an administrator's action calls) within 5 s.

const watchers: ProcedureChangeWatcher[] = [];

function instance() {
  const seen = { changes: 0 };
  const watcher = new ProcedureChangeWatcher({ connectionString: process.env.DATABASE_URL!, intervalMs: 200, onChange: () => seen.changes++ });
  watchers.push(watcher);
  return { watcher, seen };
}

/** Polls until the fingerprint has been steady for two readings (the start counts as a change). */
async function settled(...instances: { watcher: ProcedureChangeWatcher; seen: { changes: number } }[]) {
  for (const { watcher, seen } of instances) {
    for (let i = 0; i < 3; i++) await watcher.poll();
    seen.changes = 0;
  }
}

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.stop()));
});

describe('ProcedureChangeWatcher', () => {
  it('tells every instance, within 5 s, that an administrator changed a démarche', async () => {
    const { id, admin } = await createTestProcedure({ published: false });
    const a = instance();
    const b = instance();
    await settled(a, b);
    a.watcher.start();
    b.watcher.start();

    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(a.seen.changes + b.seen.changes, 'rien ne change : pas d’expiration').toBe(0);

    const result = await updateProcedureInfo(admin, id, procedureInfo({ published: true, featured: true }), context);
    expect(result.ok).toBe(true);
    const started = Date.now();
    await expect.poll(() => Math.min(a.seen.changes, b.seen.changes), { timeout: 5_000, interval: 100 }).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('sees a change of the documents of a form still being built, which leaves the démarche row alone', async () => {
    const { id } = await createTestProcedure({ published: false });
    const a = instance();
    await settled(a);
    const version = await db.procedureVersion.findFirstOrThrow({ where: { procedureId: id }, orderBy: { number: 'desc' } });
    await db.$executeRaw`UPDATE "ProcedureVersion" SET documents = '[]'::jsonb WHERE id = ${version.id}::uuid`;
    await a.watcher.poll();
    expect(a.seen.changes).toBe(1);
  });
});
