import 'server-only';
import { db } from '@/lib/db';
import type { DossierStatus, Prisma } from '@/lib/generated/prisma/client';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { dossierScope, procedureScope } from './agent-scope';
import { countPlainQueueTabs } from './count-plain-queue';
import {
  classifySearch,
  QUEUE_COUNT_CAP,
  QUEUE_PAGE_SIZE,
  QUEUE_TABS,
  sortById,
  tabById,
  type QueueCursor,
  type QueueQuery,
  type QueueSort,
  type QueueTabId,
} from './queue-query';

// Keyset pagination — (sort column, id), never an OFFSET — so that a page costs the same at row 25 or 200 000.

export type QueueRow = {
  id: string;
  number: string;
  status: DossierStatus;
  procedureTitle: string;
  applicantName: string;
  profileName: string | null;
  submittedAt: Date;
  updatedAt: Date;
  followed: boolean;
};

export type QueueResult = {
  procedures: { id: string; title: string }[];
  /** The démarche filter actually applied (a démarche outside the scope is ignored). */
  procedureId?: string;
  rows: QueueRow[];
  /** Per tab, up to QUEUE_COUNT_CAP + 1 (more than the cap: « plus de 1 000 »). */
  counts: Record<QueueTabId, number>;
  previous?: QueueCursor;
  next?: QueueCursor;
};

const rowSelect = (agentId: string) =>
  ({
    id: true,
    number: true,
    status: true,
    submittedAt: true,
    updatedAt: true,
    procedure: { select: { title: true } },
    applicant: { select: { firstName: true, lastName: true } },
    profile: { select: { name: true } },
    follows: { where: { userId: agentId }, select: { userId: true }, take: 1 },
  }) satisfies Prisma.DossierSelect;

type Row = Prisma.DossierGetPayload<{ select: ReturnType<typeof rowSelect> }>;

function searchWhere(text: string): Prisma.DossierWhereInput {
  const terms = classifySearch(text);
  if (!terms) return {};
  const anyOf: Prisma.DossierWhereInput[] = [];
  // A whole number is looked up by equality (the unique index); a prefix needs LIKE, which that
  // index answers only under the C collation.
  if (terms.numberPrefix) anyOf.push({ number: /^\d{4}-\d{6}$/.test(terms.numberPrefix) ? terms.numberPrefix : { startsWith: terms.numberPrefix } });
  if (terms.siret) anyOf.push({ profile: { siret: terms.siret } });
  if (terms.rna) anyOf.push({ profile: { rna: terms.rna } });
  if (terms.words.length > 0) {
    anyOf.push({
      AND: terms.words.map((word) => ({
        applicant: { OR: [{ firstName: { contains: word, mode: 'insensitive' } }, { lastName: { contains: word, mode: 'insensitive' } }] },
      })),
    });
    anyOf.push({ profile: { name: { contains: terms.text, mode: 'insensitive' } } });
  }
  // A text that can be nothing of the above (« 12 », « ?! ») finds nothing.
  return anyOf.length > 0 ? { OR: anyOf } : { id: { in: [] } };
}

/**
 * Rows strictly after `cursor` in the order (field, id) `direction`. Written `field ≤ k AND
 * (field < k OR id < i)` rather than a bare OR, so that `field ≤ k` bounds the index scan.
 */
function keysetWhere(sort: QueueSort, direction: 'asc' | 'desc', cursor: QueueCursor): Prisma.DossierWhereInput {
  const bound = direction === 'desc' ? 'lte' : 'gte';
  const strict = direction === 'desc' ? 'lt' : 'gt';
  return {
    AND: [{ [sort.field]: { [bound]: cursor.key } }, { OR: [{ [sort.field]: { [strict]: cursor.key } }, { id: { [strict]: cursor.id } }] }],
  };
}

function toRow(row: Row): QueueRow {
  return {
    id: row.id,
    number: row.number ?? '—',
    status: row.status,
    procedureTitle: row.procedure.title,
    applicantName: `${row.applicant.firstName} ${row.applicant.lastName}`,
    profileName: row.profile?.name ?? null,
    submittedAt: row.submittedAt!,
    updatedAt: row.updatedAt,
    followed: row.follows.length > 0,
  };
}

function cursorOf(sort: QueueSort, row: Row): QueueCursor {
  return { key: row[sort.field]!, id: row.id };
}

function tabCountsOf(countAt: (index: number) => number): Record<QueueTabId, number> {
  return Object.fromEntries(QUEUE_TABS.map((tab, index) => [tab.id, countAt(index)])) as Record<QueueTabId, number>;
}

export async function listQueue(agent: AgentViewer, query: QueueQuery): Promise<QueueResult> {
  assertAgent(agent);
  const procedures = await db.procedure.findMany({
    where: procedureScope(agent),
    select: { id: true, title: true },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
  });
  const procedureId = procedures.some((procedure) => procedure.id === query.procedureId) ? query.procedureId : undefined;
  if (agent.role !== 'ADMIN' && procedures.length === 0) return { procedures, rows: [], counts: tabCountsOf(() => 0) };

  // dossierScope is the authorization; the explicit list of démarches only helps the planner to
  // use the (procedureId, status, submittedAt) index for an instructeur.
  const filters: Prisma.DossierWhereInput[] = [
    dossierScope(agent),
    // Always true of a deposited dossier; said so that the counts can read the (status, submittedAt) index alone.
    { submittedAt: { not: null } },
    procedureId ? { procedureId } : agent.role === 'ADMIN' ? {} : { procedureId: { in: procedures.map((procedure) => procedure.id) } },
    searchWhere(query.search),
    query.followedOnly ? { follows: { some: { userId: agent.id } } } : {},
  ];
  const tab = tabById(query.tab);
  const listWhere: Prisma.DossierWhereInput[] = [...filters, { status: { in: [...tab.statuses] } }];
  const sort = sortById(query.sort);
  const select = rowSelect(agent.id);

  const page = (direction: 'asc' | 'desc', cursor?: QueueCursor) =>
    db.dossier.findMany({
      where: { AND: cursor ? [...listWhere, keysetWhere(sort, direction, cursor)] : listWhere },
      select,
      orderBy: [{ [sort.field]: direction }, { id: direction }],
      take: QUEUE_PAGE_SIZE + 1,
    });

  const reversed = sort.direction === 'desc' ? 'asc' : 'desc';
  // Capped counts. The plain queue's in one raw query (count-plain-queue.ts); with a search or
  // the « suivis » filter, Prisma's — the filtered set is small, or its search scans anyway.
  const countFiltered = (statuses: readonly DossierStatus[]) =>
    db.dossier.count({ where: { AND: [...filters, { status: { in: [...statuses] } }] }, take: QUEUE_COUNT_CAP + 1 });
  const plain = !query.search.trim() && !query.followedOnly;
  const [tabCounts, window] = await Promise.all([
    plain ? countPlainQueueTabs(agent, procedureId) : Promise.all(QUEUE_TABS.map((candidate) => countFiltered(candidate.statuses))),
    query.before ? page(reversed, query.before) : page(sort.direction, query.after),
  ]);

  let rows: Row[];
  let hasPrevious: boolean;
  let hasNext: boolean;
  if (query.before) {
    hasPrevious = window.length > QUEUE_PAGE_SIZE;
    rows = window.slice(0, QUEUE_PAGE_SIZE).reverse();
    hasNext = true;
    if (rows.length < QUEUE_PAGE_SIZE) {
      // Back at the start (rows were removed meanwhile): show a full first page.
      const first = await page(sort.direction);
      rows = first.slice(0, QUEUE_PAGE_SIZE);
      hasNext = first.length > QUEUE_PAGE_SIZE;
    }
  } else {
    hasPrevious = Boolean(query.after);
    hasNext = window.length > QUEUE_PAGE_SIZE;
    rows = window.slice(0, QUEUE_PAGE_SIZE);
  }

  const counts = tabCountsOf((index) => tabCounts[index]);

  return {
    procedures,
    procedureId,
    rows: rows.map(toRow),
    counts,
    previous: hasPrevious && rows.length > 0 ? cursorOf(sort, rows[0]) : undefined,
    next: hasNext && rows.length > 0 ? cursorOf(sort, rows[rows.length - 1]) : undefined,
  };
}
