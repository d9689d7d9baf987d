import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { ProcedureCards } from '@/components/procedures/procedure-cards';
import { PageHeader } from '@/components/ui/page-header';
import type { ProcedureAudience } from '@/lib/generated/prisma/client';
import { parseCatalogueKey } from '@/lib/procedures/catalogue-key';
import { searchOpenProceduresCached } from '@/lib/procedures/public-procedures-cache';

export const metadata: Metadata = { title: 'Toutes les démarches' };

// /demarches?… lands here (proxy.ts): each search is rendered at its first request, then served
// from the cache, expired when a démarche changes and rendered again 15 s at most after the
// previous rendering, so that openings and closings show (docs/decisions/025-public-pages-cache.md).
export const revalidate = 15;
export const dynamicParams = true;

export function generateStaticParams(): { cle: string }[] {
  return [];
}

const AUDIENCES: Record<string, ProcedureAudience> = { associations: 'ASSOCIATION', particuliers: 'PARTICULIER' };

function countLine(total: number, filtered: boolean): string {
  if (!filtered) return total === 0 ? 'Aucune démarche ouverte' : total === 1 ? '1 démarche ouverte' : `${total} démarches ouvertes`;
  if (total === 0) return 'Aucune démarche ne correspond à votre recherche';
  return total === 1 ? '1 démarche correspond à votre recherche' : `${total} démarches correspondent à votre recherche`;
}

function pageHref(text: string, audience: string, page: number): string {
  const query = new URLSearchParams();
  if (text) query.set('recherche', text);
  if (audience) query.set('public', audience);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `/demarches?${search}` : '/demarches';
}

export default async function CataloguePage({ params }: { params: Promise<{ cle: string }> }) {
  const { text, audience: audienceParam, page } = parseCatalogueKey((await params).cle);
  const audience = AUDIENCES[audienceParam];
  const result = await searchOpenProceduresCached({ text, audience, page });
  const filtered = Boolean(text || audience);

  return (
    <div className="stack-lg">
      <PageHeader title="Toutes les démarches" lead="Les démarches du Département ouvertes en ce moment, pour les associations et pour les particuliers." />

      <Form action="/demarches" className="catalogue-search" role="search" aria-label="Rechercher une démarche">
        <div className="field">
          <label htmlFor="recherche">Rechercher</label>
          <span id="recherche-hint" className="hint">
            Un ou plusieurs mots, par exemple : sport, culture, permis
          </span>
          <input id="recherche" name="recherche" type="search" defaultValue={text} aria-describedby="recherche-hint" />
        </div>
        <div className="field">
          <label htmlFor="public">Public concerné</label>
          <select id="public" name="public" defaultValue={audience ? audienceParam : ''}>
            <option value="">Tous les publics</option>
            <option value="associations">Associations</option>
            <option value="particuliers">Particuliers</option>
          </select>
        </div>
        <button type="submit" className="btn">
          Rechercher
        </button>
      </Form>

      <section className="stack" aria-labelledby="resultats">
        {/* Announced when a new search replaces the results. */}
        <h2 id="resultats" aria-live="polite" aria-atomic="true">
          {countLine(result.total, filtered)}
        </h2>
        {result.cards.length > 0 ? (
          <ProcedureCards cards={result.cards} />
        ) : filtered ? (
          <p className="empty-state">
            Essayez d’autres mots ou un autre public, ou <Link href="/demarches">affichez toutes les démarches ouvertes</Link>.
          </p>
        ) : (
          <p className="empty-state">Aucune démarche n’est ouverte en ce moment. Revenez bientôt.</p>
        )}
        {result.pageCount > 1 ? (
          <nav className="pagination" aria-label="Pages de résultats">
            {result.page > 1 ? <Link href={pageHref(text, audience ? audienceParam : '', result.page - 1)}>Page précédente</Link> : null}
            <span>
              Page {result.page} sur {result.pageCount}
            </span>
            {result.page < result.pageCount ? <Link href={pageHref(text, audience ? audienceParam : '', result.page + 1)}>Page suivante</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
