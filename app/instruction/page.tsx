import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireAgent } from '@/lib/auth/session';
import { INSTRUCTION_PATH } from '@/lib/instruction/instruction-paths';
import { listQueue, type QueueResult } from '@/lib/instruction/list-queue';
import { formatQueueCount, isFiltered, parseQueueQuery, QUEUE_TABS, queueHref, sortById, tabById, type QueueQuery } from '@/lib/instruction/queue-query';
import type { SearchParams } from '@/lib/search-params';
import { QueueSearchForm } from './queue-search-form';
import { QueueTable } from './queue-table';

export const metadata: Metadata = { title: 'Dossiers' };

const EMPTY_TAB: Record<QueueQuery['tab'], string> = {
  'a-traiter': 'Aucun dossier à traiter pour le moment.',
  'en-instruction': 'Aucun dossier en instruction.',
  'complement-demande': 'Aucun dossier en attente d’un complément.',
  traites: 'Aucun dossier traité pour le moment.',
};

function dossierCount(count: number): string {
  return count === 0 ? 'aucun dossier' : count === 1 ? '1 dossier' : `${formatQueueCount(count)} dossiers`;
}

export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  const agent = await requireAgent(INSTRUCTION_PATH);
  const query = parseQueueQuery(await searchParams);
  const result = await listQueue(agent, query);
  const lead = agent.role === 'ADMIN' ? 'Les dossiers déposés sur toutes les démarches.' : 'Les dossiers déposés sur les démarches que vous instruisez.';

  if (agent.role !== 'ADMIN' && result.procedures.length === 0) {
    return (
      <div className="stack-lg">
        <PageHeader title="Dossiers" lead={lead} />
        <Alert tone="info" title="Aucune démarche ne vous est attribuée pour le moment.">
          <p>Demandez à un administrateur de vous attribuer les démarches que vous instruisez : leurs dossiers apparaîtront ici.</p>
        </Alert>
      </div>
    );
  }

  const current = { ...query, procedureId: result.procedureId };
  const tab = tabById(query.tab);
  const filters = { search: current.search, procedureId: current.procedureId, sort: current.sort, followedOnly: current.followedOnly };
  const count = result.counts[query.tab];
  return (
    <div className="stack-lg">
      <PageHeader title="Dossiers" lead={lead} />
      {/* Keyed by the search: after a client-side navigation (« Effacer », a tab) the fields show
          the new values, not what was typed before. */}
      <QueueSearchForm key={queueHref({ ...filters, tab: query.tab })} query={current} procedures={result.procedures} procedureId={result.procedureId} />

      <nav className="tabs queue-tabs" aria-label="Étapes de l’instruction">
        <ul>
          {QUEUE_TABS.map((candidate) => (
            <li key={candidate.id}>
              <Link href={queueHref({ ...filters, tab: candidate.id })} aria-current={candidate.id === query.tab ? 'page' : undefined}>
                {candidate.label} ({formatQueueCount(result.counts[candidate.id])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="stack" aria-labelledby="queue-resultats">
        <h2 id="queue-resultats" aria-live="polite" aria-atomic="true">
          {tab.label} : {dossierCount(count)}
          {isFiltered(current) && count > 0 ? (count === 1 ? ' correspond à votre recherche' : ' correspondent à votre recherche') : ''}
        </h2>
        {result.rows.length > 0 ? (
          <QueueTable rows={result.rows} caption={`Dossiers « ${tab.label} », ${sortById(query.sort).caption}`} showUpdatedAt={query.sort === 'modification'} />
        ) : (
          <EmptyState query={current} result={result} />
        )}
        <QueuePagination query={current} result={result} />
      </section>
    </div>
  );
}

function EmptyState({ query, result }: { query: QueueQuery; result: QueueResult }) {
  if (result.counts[query.tab] > 0) {
    // A stale « Page suivante » (dossiers moved meanwhile): back to the start.
    return (
      <p className="empty-state">
        Aucun dossier sur cette page. <Link href={queueHref({ ...query, after: undefined, before: undefined })}>Revenir à la première page</Link>
      </p>
    );
  }
  if (!isFiltered(query)) return <p className="empty-state">{EMPTY_TAB[query.tab]}</p>;
  const elsewhere = QUEUE_TABS.filter((tab) => tab.id !== query.tab && result.counts[tab.id] > 0);
  return (
    <div className="empty-state stack">
      <p>Aucun dossier de cet onglet ne correspond à votre recherche.</p>
      {elsewhere.length > 0 ? (
        <p>
          Dans les autres onglets :{' '}
          {elsewhere.map((tab, index) => (
            <span key={tab.id}>
              {index > 0 ? ', ' : null}
              <Link href={queueHref({ ...query, tab: tab.id, after: undefined, before: undefined })}>
                {tab.label} ({formatQueueCount(result.counts[tab.id])})
              </Link>
            </span>
          ))}
          .
        </p>
      ) : (
        <p>Vérifiez le numéro ou l’orthographe du nom, ou choisissez une autre démarche.</p>
      )}
    </div>
  );
}

function QueuePagination({ query, result }: { query: QueueQuery; result: QueueResult }) {
  if (!result.previous && !result.next) return null;
  const base = { ...query, after: undefined, before: undefined };
  return (
    <nav className="pagination" aria-label="Pages des dossiers">
      {result.previous ? <Link href={queueHref({ ...base, before: result.previous })}>Page précédente</Link> : null}
      {result.next ? <Link href={queueHref({ ...base, after: result.next })}>Page suivante</Link> : null}
    </nav>
  );
}
