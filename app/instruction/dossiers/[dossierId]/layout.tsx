import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { DossierMeta } from '@/components/dossiers/dossier-meta';
import { DossierTabs } from '@/components/dossiers/dossier-tabs';
import { DossierNotice } from '@/components/instruction/dossier-notice';
import { DossierStatusActions } from './dossier-status-actions';
import { defaultComplementDueDay } from '@/lib/dossiers/complement-due-date';
import { env } from '@/lib/env';
import { formatLongDate } from '@/lib/format/date';
import { FollowButton } from '@/components/instruction/follow-button';
import { isDossierFollowed } from '@/lib/instruction/follow-dossier';
import { agentDossierPath, INSTRUCTION_PATH } from '@/lib/instruction/instruction-paths';
import { ADMIN_DOSSIER_TABS, AGENT_DOSSIER_TABS, personName, requireAgentDossier, type AgentDossierRouteParams } from './agent-dossier';
import { followDossierAction } from '@/app/instruction/actions';

// The frame of every tab: title, status, démarche, applicant, profile, deposit date, what the
// last action did, the actions of the current status, the tabs. Each page checks access again
// itself (a layout is not a security boundary).

export default async function AgentDossierLayout({ children, params }: { children: ReactNode; params: AgentDossierRouteParams }) {
  const { agent, dossier } = await requireAgentDossier(params);
  return (
    <div className="stack-lg">
      <div className="page-header">
        <p className="back-link">
          <Link href={INSTRUCTION_PATH}>Dossiers</Link>
        </p>
        <div className="agent-dossier__title">
          <h1>
            Dossier n° <span className="agent-dossier__number">{dossier.number}</span>
          </h1>
          <FollowButton
            action={followDossierAction}
            dossierId={dossier.id}
            dossierNumber={dossier.number ?? ''}
            followed={await isDossierFollowed(agent, dossier.id)}
          />
        </div>
        <DossierMeta
          status={dossier.status}
          submittedAt={dossier.submittedAt}
          items={[
            { label: 'Démarche', value: dossier.procedure.title },
            { label: 'Demandeur', value: personName(dossier.applicant) },
            { label: 'Profil', value: dossier.profile?.name ?? 'Particulier (sans profil)' },
          ]}
        />
      </div>
      <Suspense>
        <DossierNotice />
      </Suspense>
      <section className="stack card" aria-labelledby="actions-dossier">
        <h2 id="actions-dossier">Actions</h2>
        {dossier.anonymizedAt ? (
          // Kept for the statistics only (lib/retention): the domain refuses every act on it anyway.
          <p>Ce dossier est anonymisé : plus aucune action n’est possible.</p>
        ) : (
          <Suspense>
            <DossierStatusActions
              dossierId={dossier.id}
              version={dossier.version}
              status={dossier.status}
              maxUploadMb={env.MAX_UPLOAD_MB}
              complementDueDefault={defaultComplementDueDay(dossier.procedure.complementResponseDays)}
              complementDueDate={dossier.complementDueAt ? formatLongDate(dossier.complementDueAt) : undefined}
            />
          </Suspense>
        )}
      </section>
      <DossierTabs basePath={agentDossierPath(dossier.id)} tabs={agent.role === 'ADMIN' ? ADMIN_DOSSIER_TABS : AGENT_DOSSIER_TABS} />
      {children}
    </div>
  );
}
