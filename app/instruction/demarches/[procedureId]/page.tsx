import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { ADMIN_PROCEDURES_PATH } from '@/lib/procedures/procedure-paths';
import { firstParam } from '@/lib/search-params';
import { updateProcedureInfoAction } from '../actions';
import { defaultRetentionText } from '@/lib/retention/retention-config';
import { ProcedureInfoForm } from '../procedure-info-form';
import { loadProcedure, procedurePageTitle, type ProcedurePageProps } from './load-procedure';
import { ProcedureAdminHeader } from './procedure-admin-header';

export async function generateMetadata({ params }: ProcedurePageProps): Promise<Metadata> {
  return procedurePageTitle(params, 'informations', 'Informations générales');
}

export default async function ProcedureInfoPage({ params, searchParams }: ProcedurePageProps) {
  const { procedure } = await loadProcedure(params, 'informations');
  const saved = firstParam((await searchParams).succes) === 'enregistree';

  return (
    <div className="stack-lg">
      <ProcedureAdminHeader procedure={procedure} current="informations" />
      {saved ? (
        <Alert tone="success">
          <p>Les informations de la démarche ont été enregistrées.</p>
        </Alert>
      ) : null}
      <section className="narrow stack" aria-labelledby="informations">
        <h2 id="informations">Informations générales</h2>
        <ProcedureInfoForm
          // A new form after each save: it starts from what is stored.
          key={procedure.updatedAt.toISOString()}
          action={updateProcedureInfoAction}
          isNew={false}
          submitLabel="Enregistrer"
          cancelHref={ADMIN_PROCEDURES_PATH}
          hiddenFields={{ procedureId: procedure.id }}
          defaultRetention={defaultRetentionText()}
          defaultValues={{
            title: procedure.title,
            slug: procedure.slug,
            summary: procedure.summary,
            description: procedure.description,
            audience: procedure.audience,
            opensOn: toParisDay(procedure.opensAt),
            closesOn: procedure.closesAt ? toParisDay(procedure.closesAt) : '',
            published: procedure.published,
            featured: procedure.featured,
            featuredOrder: String(procedure.featuredOrder),
            complementResponseDays: procedure.complementResponseDays === null ? '' : String(procedure.complementResponseDays),
            retentionMonths: procedure.retentionMonths === null ? '' : String(procedure.retentionMonths),
            processingTime: procedure.processingTime === null ? '' : String(procedure.processingTime),
            processingTimeUnit: procedure.processingTimeUnit ?? '',
          }}
        />
      </section>
    </div>
  );
}
