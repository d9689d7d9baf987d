import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { env } from '@/lib/env';
import { PUBLIC_PROCEDURES_TAG } from './find-featured-procedures';
import { getPublishedProcedure, type PublicProcedure } from './get-published-procedure';
import type { ProcedureCard } from './procedure-card';
import { type CataloguePage, type CatalogueQuery, searchOpenProcedures } from './search-open-procedures';

// The data of the cached public pages (docs/decisions/025-public-pages-cache.md), tagged so that
// an administrator's change expires them, and the pages that read them, on every instance.

/** What "open now" means moves with the clock: read again 15 s at most after. */
const REFRESH_SECONDS = 15;

// The cache outlives a database in tests and trials: its key names the database.
const databaseKey = createHash('sha256')
  .update(env.DATABASE_URL ?? '')
  .digest('hex')
  .slice(0, 16);

type Dated = { opensAt: Date; closesAt: Date | null };
type Serialised<T extends Dated> = Omit<T, 'opensAt' | 'closesAt'> & { opensAt: string; closesAt: string | null };

// The cache stores JSON: dates travel as strings.
function serialise<T extends Dated>(value: T): Serialised<T> {
  return { ...value, opensAt: value.opensAt.toISOString(), closesAt: value.closesAt?.toISOString() ?? null };
}

function revive<T extends Dated>(value: Serialised<T>): T {
  return { ...value, opensAt: new Date(value.opensAt), closesAt: value.closesAt ? new Date(value.closesAt) : null } as unknown as T;
}

const cachedProcedure = unstable_cache(
  async (slug: string) => {
    const procedure = await getPublishedProcedure(slug);
    return procedure ? serialise(procedure) : null;
  },
  ['public-procedure', databaseKey],
  { tags: [PUBLIC_PROCEDURES_TAG], revalidate: REFRESH_SECONDS },
);

/** A published démarche as its public page shows it, or null. */
export async function getPublicProcedure(slug: string): Promise<PublicProcedure | null> {
  const cached = await cachedProcedure(slug);
  return cached ? revive<PublicProcedure>(cached) : null;
}

const cachedCatalogue = unstable_cache(
  async (query: CatalogueQuery) => {
    const page = await searchOpenProcedures(query);
    return { ...page, cards: page.cards.map((card) => serialise(card)) };
  },
  ['public-catalogue', databaseKey],
  { tags: [PUBLIC_PROCEDURES_TAG], revalidate: REFRESH_SECONDS },
);

/** The catalogue's page for a search, as searchOpenProcedures. */
export async function searchOpenProceduresCached(query: CatalogueQuery): Promise<CataloguePage> {
  const cached = await cachedCatalogue(query);
  return { ...cached, cards: cached.cards.map((card) => revive<ProcedureCard>(card)) };
}
