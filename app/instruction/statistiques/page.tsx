import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProcedureSelect } from '@/components/instruction/procedure-select';
import { BarChart, ColumnChart, describeData } from '@/components/instruction/statistics-charts';
import { PageHeader } from '@/components/ui/page-header';
import { requireAgent } from '@/lib/auth/session';
import { formatNumber } from '@/lib/format/number';
import { formatShortDate } from '@/lib/format/date';
import { listProceduresForAgent } from '@/lib/instruction/agent-procedures';
import { getDossierStatistics, STATISTICS_WEEKS } from '@/lib/instruction/dossier-statistics';
import { STATISTICS_PATH } from '@/lib/instruction/instruction-paths';
import { formatDays, weekLabel } from '@/lib/instruction/statistics-format';
import { startOfParisDay } from '@/lib/procedures/campaign-dates';

export const metadata: Metadata = { title: 'Statistiques' };

type Props = { searchParams: Promise<{ demarche?: string | string[] }> };

export default async function StatisticsPage({ searchParams }: Props) {
  const agent = await requireAgent(STATISTICS_PATH);
  const { demarche } = await searchParams;
  const procedureId = typeof demarche === 'string' && demarche !== '' ? demarche : undefined;
  const [procedures, statistics] = await Promise.all([listProceduresForAgent(agent), getDossierStatistics(agent, { procedureId })]);
  // Another service's démarche behaves as an unknown one (agent-scope.ts).
  if (!statistics) notFound();

  const scopeName = statistics.procedure?.title ?? 'Toutes mes démarches';
  const { processing } = statistics;
  const statusData = statistics.byStatus.map((entry) => ({ label: entry.label, value: entry.count }));
  const weekData = statistics.weeks.map((week) => ({ label: weekLabel(week), value: week.count }));

  return (
    <div className="stack-lg">
      <PageHeader title="Statistiques" lead="Le volume des dossiers déposés et le temps qu’il faut pour les traiter, par démarche." />

      <form method="get" action={STATISTICS_PATH} className="actions dossier-filter">
        <ProcedureSelect procedures={procedures} defaultValue={statistics.procedure?.id} emptyLabel="Toutes mes démarches" />
        <button type="submit" className="btn btn-secondary">
          Afficher
        </button>
      </form>

      <section className="stack-lg" aria-labelledby="statistics-scope">
        <h2 id="statistics-scope">{scopeName}</h2>
        {statistics.deposited === 0 ? (
          <p className="empty-state">Aucun dossier déposé pour le moment : les statistiques apparaîtront avec les premiers dépôts.</p>
        ) : (
          <>
            <dl className="stat-cards">
              <div className="stat-card">
                <dt>Dossiers déposés</dt>
                <dd>{formatNumber(statistics.deposited)}</dd>
              </div>
              <div className="stat-card">
                <dt>Délai médian de traitement</dt>
                <dd>{processing.medianDays === null ? 'Aucun dossier traité' : formatDays(processing.medianDays)}</dd>
              </div>
              <div className="stat-card">
                <dt>90 % des dossiers traités en moins de</dt>
                <dd>{processing.p90Days === null ? 'Aucun dossier traité' : formatDays(processing.p90Days)}</dd>
              </div>
            </dl>
            <p className="muted">
              Délai entre le dépôt et la décision (acceptation, refus ou classement sans suite), calculé sur {formatNumber(processing.decided)}{' '}
              {processing.decided > 1 ? 'dossiers traités' : 'dossier traité'}. Les brouillons ne sont jamais comptés.
            </p>

            <section className="stack" aria-labelledby="by-status-title">
              <h3 id="by-status-title">Dossiers par statut</h3>
              <BarChart id="chart-status" title={`Dossiers par statut — ${scopeName}`} description={describeData(statusData)} data={statusData} />
              <div className="table-wrapper">
                <table>
                  <caption>Dossiers par statut</caption>
                  <thead>
                    <tr>
                      <th scope="col">Statut</th>
                      <th scope="col">Dossiers</th>
                    </tr>
                  </thead>
                  <tbody>
                    {statistics.byStatus.map((entry) => (
                      <tr key={entry.status}>
                        <th scope="row">{entry.label}</th>
                        <td>{formatNumber(entry.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Total</th>
                      <td>{formatNumber(statistics.deposited)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </section>

            <section className="stack" aria-labelledby="by-week-title">
              <h3 id="by-week-title">Dépôts par semaine</h3>
              <ColumnChart
                id="chart-weeks"
                title={`Dossiers déposés par semaine, ${STATISTICS_WEEKS} dernières semaines — ${scopeName}`}
                description={describeData(statistics.weeks.map((week) => ({ label: `Semaine ${week.isoWeek}`, value: week.count })))}
                data={weekData}
              />
              <div className="table-wrapper">
                <table>
                  <caption>Dossiers déposés par semaine ({STATISTICS_WEEKS} dernières semaines)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Semaine</th>
                      <th scope="col">Dossiers déposés</th>
                    </tr>
                  </thead>
                  <tbody>
                    {statistics.weeks.map((week) => (
                      <tr key={week.start}>
                        <th scope="row">
                          Semaine {week.isoWeek} (du {formatShortDate(startOfParisDay(week.start))})
                        </th>
                        <td>{formatNumber(week.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </section>
    </div>
  );
}
