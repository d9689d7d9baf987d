import type { Metadata } from 'next';
import Link from 'next/link';
import { describedBy, FieldChrome } from '@/components/forms/field';
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

const DATE_FILTERS = [
  { name: 'du', label: 'Du' },
  { name: 'au', label: 'Au' },
] as const;

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
      <PageHeader
        title="Journal des actions"
        lead="Les actions sensibles sur Guichet : connexions, comptes, agents, démarches, instruction. Les plus récentes d’abord."
      />

      {/* biome-ignore lint/a11y/useSemanticElements: the form itself is the search landmark */}
      <form method="get" action={AUDIT_LOG_PATH} className="inline-form audit-filter" role="search" aria-label="Filtrer le journal">
        <FieldChrome id="journal-action" label="Action">
          <select id="journal-action" name="action" defaultValue={values.action}>
            <option value="">Toutes les actions</option>
            {unknownAction ? <option value={values.action}>{values.action}</option> : null}
            {ACTION_OPTIONS.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </FieldChrome>
        <FieldChrome id="journal-auteur" label="Auteur (courriel)">
          <input id="journal-auteur" name="auteur" type="email" defaultValue={values.auteur} spellCheck={false} autoComplete="off" />
        </FieldChrome>
        {DATE_FILTERS.map(({ name, label }) => (
          <FieldChrome key={name} id={`journal-${name}`} label={label} error={errors[name]}>
            <input
              id={`journal-${name}`}
              name={name}
              type="date"
              className="input-short"
              defaultValue={values[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={describedBy(`journal-${name}`, { error: errors[name] })}
            />
          </FieldChrome>
        ))}
        <button type="submit" className="btn-secondary">
          Filtrer
        </button>
        {filtered ? <Link href={AUDIT_LOG_PATH}>Effacer les filtres</Link> : null}
      </form>

      {page.entries.length === 0 ? (
        <p className="empty-state">{filtered ? 'Aucune action ne correspond à ces filtres.' : 'Aucune action enregistrée.'}</p>
      ) : (
        <div className="table-wrapper">
          <table className="stacked-table">
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
                  <td data-label="Date">
                    <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
                  </td>
                  <td data-label="Auteur">
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
                  <td data-label="Cible">{entry.target ?? '—'}</td>
                  <td data-label="Adresse IP">{entry.ip ?? '—'}</td>
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
