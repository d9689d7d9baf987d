import Form from 'next/form';
import Link from 'next/link';
import { INSTRUCTION_PATH } from '@/lib/instruction/instruction-paths';
import { DEFAULT_TAB, isFiltered, QUEUE_SORTS, queueHref, type QueueQuery } from '@/lib/instruction/queue-query';

// The position (apres/avant) is dropped: a new search starts at its first page.

type QueueSearchFormProps = { query: QueueQuery; procedures: { id: string; title: string }[]; procedureId?: string };

export function QueueSearchForm({ query, procedures, procedureId }: QueueSearchFormProps) {
  return (
    <Form action={INSTRUCTION_PATH} className="catalogue-search queue-search" role="search" aria-label="Rechercher un dossier">
      {query.tab !== DEFAULT_TAB ? <input type="hidden" name="onglet" value={query.tab} /> : null}
      <div className="field queue-search__text">
        <label htmlFor="recherche">Rechercher un dossier</label>
        <span id="recherche-hint" className="hint">
          Numéro, nom du demandeur, nom du profil, SIRET ou RNA
        </span>
        <input id="recherche" name="recherche" type="search" defaultValue={query.search} aria-describedby="recherche-hint" maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="demarche">Démarche</label>
        <select id="demarche" name="demarche" defaultValue={procedureId ?? ''}>
          <option value="">Toutes les démarches</option>
          {procedures.map((procedure) => (
            <option key={procedure.id} value={procedure.id}>
              {procedure.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tri">Trier par</label>
        <select id="tri" name="tri" defaultValue={query.sort}>
          {QUEUE_SORTS.map((sort) => (
            <option key={sort.id} value={sort.id}>
              {sort.label}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-search__footer">
        <label className="choice" htmlFor="suivis">
          <input id="suivis" name="suivis" type="checkbox" value="1" defaultChecked={query.followedOnly} />
          <span>Uniquement les dossiers que je suis</span>
        </label>
        <div className="actions">
          <button type="submit" className="btn">
            Rechercher
          </button>
          {isFiltered(query) ? <Link href={queueHref({ tab: query.tab, sort: query.sort })}>Effacer</Link> : null}
        </div>
      </div>
    </Form>
  );
}
