import 'server-only';
import type { Tx } from '@/lib/db';
import { toParisDay } from '@/lib/procedures/campaign-dates';

// « 2026-000123 »: the year of deposit (Paris time) and the next number of that year. The upsert
// locks the year's counter row until the deposit commits, so numbers follow each other; a deposit
// rolled back after taking one gives it back (its increment is undone with it).

export async function allocateDossierNumber(tx: Tx, now: Date): Promise<string> {
  const year = Number(toParisDay(now).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DossierNumberCounter" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "DossierNumberCounter".last + 1
    RETURNING last`;
  return `${year}-${String(row.last).padStart(6, '0')}`;
}
