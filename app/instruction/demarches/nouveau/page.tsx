import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { ADMIN_PROCEDURES_PATH, NEW_PROCEDURE_PATH } from '@/lib/procedures/procedure-paths';
import { createProcedureAction } from '../actions';
import { defaultRetentionText } from '@/lib/retention/retention-config';
import { ProcedureInfoForm } from '../procedure-info-form';

export const metadata: Metadata = { title: 'Créer une démarche' };

export default async function NewProcedurePage() {
  await requireAdmin(NEW_PROCEDURE_PATH);
  return (
    <div className="narrow stack-lg">
      <p className="back-link">
        <Link href={ADMIN_PROCEDURES_PATH}>Toutes les démarches</Link>
      </p>
      <PageHeader
        title="Créer une démarche"
        lead="Commencez par sa présentation ; vous construirez ensuite son formulaire et la liste des pièces justificatives. Elle reste un brouillon tant qu’elle n’est pas publiée."
      />
      <ProcedureInfoForm
        action={createProcedureAction}
        isNew
        submitLabel="Créer la démarche"
        cancelHref={ADMIN_PROCEDURES_PATH}
        defaultRetention={defaultRetentionText()}
        defaultValues={{
          title: '',
          slug: '',
          summary: '',
          description: '',
          opensOn: toParisDay(new Date()),
          closesOn: '',
          published: false,
          featured: false,
          featuredOrder: '1',
          complementResponseDays: '',
          retentionMonths: '',
          processingTime: '',
          processingTimeUnit: '',
        }}
      />
    </div>
  );
}
