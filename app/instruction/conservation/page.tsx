import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireAgent } from '@/lib/auth/session';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatDateTime, formatLongDate } from '@/lib/format/date';
import { agentDossierPath, RETENTION_PATH } from '@/lib/instruction/instruction-paths';
import type { RetentionCounts } from '@/lib/retention/apply-retention';
import { findLastRetentionRun, listDossiersDue } from '@/lib/retention/list-dossiers-due';
import { retentionConfig } from '@/lib/retention/retention-config';
import { describeRetentionRules, formatDays, formatMonths } from '@/lib/retention/retention-rules';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { runRetentionNowAction } from './actions';

export const metadata: Metadata = { title: 'Durées de conservation' };

const COUNT_LABELS: Record<keyof RetentionCounts, string> = {
  draftReminders: 'Rappels avant suppression de brouillon',
  draftsDeleted: 'Brouillons supprimés',
  dossiersAnonymised: 'Dossiers anonymisés',
  identitiesErased: 'Noms de comptes supprimés effacés',
  inactivityWarnings: 'Avertissements de compte inactif',
  inactiveAccountsDeleted: 'Comptes inactifs supprimés',
  filesDeleted: 'Fichiers effacés du stockage',
  outboxBodiesPurged: 'Contenus de courriels effacés',
  shareKeysPurged: 'Clés de partage effacées',
  throttleRowsPurged: 'Compteurs de tentatives supprimés',
  auditDetailsPurged: 'Lignes du journal allégées (adresse IP, détails)',
  auditRowsDeleted: 'Lignes du journal supprimées',
};

export default async function RetentionPage({ searchParams }: { searchParams: SearchParams }) {
  const agent = await requireAgent(RETENTION_PATH);
  const config = retentionConfig();
  const params = await searchParams;
  const [due, lastRun] = await Promise.all([listDossiersDue(agent, { config }), agent.role === 'ADMIN' ? findLastRetentionRun() : null]);
  const counts = lastRun ? (lastRun.counts as Partial<RetentionCounts>) : null;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Durées de conservation"
        lead="Ce que Guichet garde, combien de temps, et les dossiers dont les réponses et les fichiers vont bientôt être supprimés."
      />
      {firstParam(params.succes) === 'purge' ? (
        <Alert tone="success">
          <p>Les durées de conservation ont été appliquées.</p>
        </Alert>
      ) : null}

      <section className="stack" aria-labelledby="bientot-anonymises">
        <h2 id="bientot-anonymises">{`Dossiers anonymisés dans les ${formatDays(config.dueSoonDays)}`}</h2>
        {due.length === 0 ? (
          <p>Aucun dossier de vos démarches n’atteint la fin de sa durée de conservation dans ce délai.</p>
        ) : (
          <div className="table-wrapper">
            <table className="stacked-table">
              <caption className="visually-hidden">Dossiers dont la durée de conservation se termine, par date</caption>
              <thead>
                <tr>
                  <th scope="col">Dossier</th>
                  <th scope="col">Démarche</th>
                  <th scope="col">Décision</th>
                  <th scope="col">Durée de conservation</th>
                  <th scope="col">Anonymisé le</th>
                </tr>
              </thead>
              <tbody>
                {due.map((dossier) => (
                  <tr key={dossier.id}>
                    <th scope="row">
                      <Link href={agentDossierPath(dossier.id)}>{dossier.number ? `n° ${dossier.number}` : 'Dossier'}</Link>
                    </th>
                    <td data-label="Démarche">{dossier.procedureTitle}</td>
                    <td data-label="Décision">{`${DOSSIER_STATUS_LABELS[dossier.status]} le ${formatLongDate(dossier.decidedAt)}`}</td>
                    <td data-label="Durée de conservation">
                      {`${formatMonths(dossier.effectiveMonths)} après la décision`}
                      <span className="cell-note">{dossier.retentionMonths === null ? 'durée par défaut' : 'fixée par la démarche'}</span>
                    </td>
                    <td data-label="Anonymisé le">{formatLongDate(dossier.anonymisedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="stack" aria-labelledby="regles">
        <h2 id="regles">Règles en vigueur</h2>
        <div className="table-wrapper">
          <table className="stacked-table">
            <caption className="visually-hidden">Règles de conservation des données personnelles</caption>
            <thead>
              <tr>
                <th scope="col">Données</th>
                <th scope="col">Durée</th>
                <th scope="col">Base légale</th>
              </tr>
            </thead>
            <tbody>
              {describeRetentionRules(config).map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">{rule.data}</th>
                  <td data-label="Durée">{rule.duration}</td>
                  <td data-label="Base légale">{rule.legalBasis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {agent.role === 'ADMIN' ? (
        <section className="stack" aria-labelledby="derniere-purge">
          <h2 id="derniere-purge">Dernière application</h2>
          {lastRun && counts ? (
            <>
              <p>{`Le ${formatDateTime(lastRun.finishedAt)}.`}</p>
              <dl className="definition-list">
                {(Object.keys(COUNT_LABELS) as (keyof RetentionCounts)[]).map((key) => (
                  <div key={key}>
                    <dt>{COUNT_LABELS[key]}</dt>
                    <dd>{counts[key] ?? 0}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>Les durées de conservation n’ont pas encore été appliquées.</p>
          )}
          <p>Le service les applique toutes les heures. Vous pouvez aussi les appliquer maintenant.</p>
          <ActionButton action={runRetentionNowAction} pendingLabel="Application en cours…">
            Appliquer les durées de conservation maintenant
          </ActionButton>
        </section>
      ) : null}
    </div>
  );
}
