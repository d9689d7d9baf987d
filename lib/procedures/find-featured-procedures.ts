import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { campaignStatus } from './campaign-dates';
import { procedureCardSelect, type ProcedureCard } from './procedure-card';

// The home page is the most visited one, so the list is cached (docs/decisions/009-home-page-cache.md,
// 025-public-pages-cache.md):
// the cache holds every featured démarche not closed yet WITH its dates, and the page keeps those open
// at the time of the request, so a démarche enters and leaves the banner without any invalidation.

export const PUBLIC_PROCEDURES_TAG = 'public-procedures';

/**
 * A backstop only: every instance expires the list within seconds of a change in the database
 * (lib/cache/public-cache-handler.mjs); the instance that made the change, at once.
 */
const CROSS_INSTANCE_STALENESS_SECONDS = 60;

/** Featured and published démarches not closed at `now` (upcoming ones included), uncached. */
export async function queryFeaturedCandidates(now: Date = new Date()): Promise<ProcedureCard[]> {
  return db.procedure.findMany({
    where: { published: true, featured: true, OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
    orderBy: [{ featuredOrder: 'asc' }, { title: 'asc' }],
    select: procedureCardSelect,
  });
}

export function keepOpen(cards: ProcedureCard[], now: Date = new Date()): ProcedureCard[] {
  return cards.filter((card) => campaignStatus(card, now) === 'open');
}

type SerialisedCard = Omit<ProcedureCard, 'opensAt' | 'closesAt'> & { opensAt: string; closesAt: string | null };

// The cache stores JSON: dates travel as strings.
const cachedCandidates = unstable_cache(
  async (): Promise<SerialisedCard[]> =>
    (await queryFeaturedCandidates()).map((card) => ({ ...card, opensAt: card.opensAt.toISOString(), closesAt: card.closesAt?.toISOString() ?? null })),
  // The build's cache directory outlives a database (a new embedded one, a test run's): the key
  // names the database, so a list is never read back against another one.
  [
    'featured-procedures',
    createHash('sha256')
      .update(env.DATABASE_URL ?? '')
      .digest('hex')
      .slice(0, 16),
  ],
  { tags: [PUBLIC_PROCEDURES_TAG], revalidate: CROSS_INSTANCE_STALENESS_SECONDS },
);

export async function findFeaturedProcedures(now: Date = new Date()): Promise<ProcedureCard[]> {
  const cards = (await cachedCandidates()).map((card) => ({
    ...card,
    opensAt: new Date(card.opensAt),
    closesAt: card.closesAt ? new Date(card.closesAt) : null,
  }));
  return keepOpen(cards, now);
}
