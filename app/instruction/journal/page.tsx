import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@/lib/instruction/audit-log/audit-action-labels';
import { parseAuditLogQuery, type AuditLogQuery } from '@/lib/instruction/audit-log/audit-log-filters';
import { findAuditLog } from '@/lib/instruction/audit-log/find-audit-log';
import { AUDIT_LOG_PATH } from '@/lib/instruction/instruction-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Journal des actions' };

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).sort(([, a], [, b]) => a.localeCompare(b, 'fr'));

function pathWith(values: AuditLogQuery, cursor?: string): string {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
  if (cursor) query.set('apres', cursor);
  const text = query.toString();
  return text ? `${AUDIT_LOG_PATH}?${text}` : AUDIT_LOG_PATH;
}

function FilterField({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Erreur : </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdmin(AUDIT_LOG_PATH);
  const raw = await searchParams;
  const { filters, values, errors } = parseAuditLogQuery({
    action: firstParam(raw.action),
    auteur: firstParam(raw.auteur),
    du: firstParam(raw.du),
    au: firstParam(raw.au),
    apres: firstParam(raw.apres),
  });
  const page = await findAuditLog(admin, filters);
  const filtered = Boolean(values.action || values.auteur || values.du || values.au);
  const unknownAction = values.action && !AUDIT_ACTION_LABELS[values.action];

  return (
    <div className="stack-lg">
      <PageHeader title="Journal des actions" lead="Les actions sensibles sur Guichet : connexions, comptes, agents, démarches, instruction. Les plus récentes d’abord." />

      <form method="get" action={AUDIT_LOG_PATH} className="inline-form audit-filter" role="search" aria-label="Filtrer le journal">
        <FilterField id="journal-action" label="Action">
          <select id="journal-action" name="action" defaultValue={values.action}>
            <option value="">Toutes les actions</option>
            {unknownAction ? <option value={values.action}>{values.action}</option> : null}
            {ACTION_OPTIONS.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="journal-auteur" label="Auteur (courriel)">
          <input id="journal-auteur" name="auteur" type="email" defaultValue={values.auteur} spellCheck={false} autoComplete="off" />
        </FilterField>
        <FilterField id="journal-du" label="Du" error={errors.du}>
          <input
            id="journal-du"
            name="du"
            type="date"
            className="input-short"
            defaultValue={values.du}
            aria-invalid={errors.du ? true : undefined}
            aria-describedby={errors.du ? 'journal-du-error' : undefined}
          />
        </FilterField>
        <FilterField id="journal-au" label="Au" error={errors.au}>
          <input
            id="journal-au"
            name="au"
            type="date"
            className="input-short"
            defaultValue={values.au}
            aria-invalid={errors.au ? true : undefined}
            aria-describedby={errors.au ? 'journal-au-error' : undefined}
          />
        </FilterField>
        <button type="submit" className="btn-secondary">
          Filtrer
        </button>
        {filtered ? <Link href={AUDIT_LOG_PATH}>Effacer les filtres</Link> : null}
      </form>

      {page.entries.length === 0 ? (
        <p className="empty-state">{filtered ? 'Aucune action ne correspond à ces filtres.' : 'Aucune action enregistrée.'}</p>
      ) : (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">Actions enregistrées, les plus récentes d’abord{filtered ? ', filtrées' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Auteur</th>
                <th scope="col">Action</th>
                <th scope="col">Cible</th>
                <th scope="col">Adresse IP</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
                  </td>
                  <td>
                    {entry.actor ? (
                      <>
                        {entry.actor.name}
                        <br />
                        <span className="muted">{entry.actor.email}</span>
                      </>
                    ) : (
                      <span className="muted">Système ou visiteur</span>
                    )}
                  </td>
                  <th scope="row">{auditActionLabel(entry.action)}</th>
                  <td>{entry.target ?? '—'}</td>
                  <td>{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {filters.cursor || page.nextCursor ? (
        <nav className="pagination" aria-label="Pages du journal">
          {filters.cursor ? <Link href={pathWith(values)}>Revenir aux plus récentes</Link> : null}
          {page.nextCursor ? <Link href={pathWith(values, page.nextCursor)}>Page suivante</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
