import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { closingLine } from '@/components/procedures/procedure-cards';
import { ProcedureDocumentList } from '@/components/procedures/procedure-documents';
import { ProcedureDescription } from '@/components/procedures/procedure-description';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { formatLongDate } from '@/lib/format/date';
import { campaignStatus } from '@/lib/procedures/campaign-dates';
import { AUDIENCE_LABELS } from '@/lib/procedures/procedure-card';
import { getPublicProcedure } from '@/lib/procedures/public-procedures-cache';
import { formatProcessingTime } from '@/lib/procedures/processing-time';
import { ProcedureCallToAction } from './procedure-call-to-action';

// Rendered at its first request, then served from the cache (no session read: the same page for
// everyone); expired when a démarche changes, on every instance, and rendered again 15 s at most
// after the previous rendering, so that its opening and closing show
// (docs/decisions/025-public-pages-cache.md).
export const revalidate = 15;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await getPublicProcedure((await params).slug);
  return { title: procedure?.title ?? 'Démarche introuvable', description: procedure?.summary };
}

const WHO_CAN_APPLY = {
  ASSOCIATION: 'Les associations, par l’un de leurs membres, depuis le profil de l’association sur le portail (« Mon compte », tuile « Mes profils »).',
  PARTICULIER: 'Les particuliers, en leur nom, depuis leur compte sur le portail.',
} as const;

export default async function ProcedurePage({ params }: Props) {
  const { slug } = await params;
  // Unpublished or unknown: the same 404 (administrators preview drafts from the back-office).
  const procedure = await getPublicProcedure(slug);
  if (!procedure) notFound();
  const status = campaignStatus(procedure);
  const processingTime = procedure.processingTime ? formatProcessingTime(procedure.processingTime) : null;

  return (
    <div className="stack-lg">
      <PageHeader title={procedure.title} lead={procedure.summary}>
        <p className="procedure-card__meta">
          <span className="tag">
            <span className="visually-hidden">Public concerné : </span>
            {AUDIENCE_LABELS[procedure.audience]}
          </span>
          <span>{closingLine(procedure.closesAt)}</span>
          {processingTime ? <span>Délai indicatif de traitement&nbsp;: {processingTime}</span> : null}
        </p>
        {/* The call to action before the presentation: seen without scrolling, on a phone too. */}
        {status === 'open' ? <ProcedureCallToAction procedure={procedure} /> : null}
      </PageHeader>

      {status === 'closed' ? (
        <Alert tone="info" title="Cette démarche est fermée">
          <p>Les demandes ne sont plus acceptées depuis le {formatLongDate(procedure.closesAt!)}.</p>
        </Alert>
      ) : null}
      {status === 'upcoming' ? (
        <Alert tone="info" title={`Cette démarche ouvrira le ${formatLongDate(procedure.opensAt)}`}>
          <p>Vous pourrez déposer une demande à partir de cette date.</p>
        </Alert>
      ) : null}

      <section className="stack" aria-labelledby="presentation">
        <h2 id="presentation">Présentation</h2>
        <ProcedureDescription source={procedure.description} />
      </section>

      <section className="stack" aria-labelledby="qui-peut">
        <h2 id="qui-peut">Qui peut faire la demande ?</h2>
        <p>{WHO_CAN_APPLY[procedure.audience]}</p>
      </section>

      <section className="stack" aria-labelledby="dates">
        <h2 id="dates">{processingTime ? 'Dates et délai' : 'Dates'}</h2>
        <dl className="definition-list narrow">
          <div>
            <dt>Ouverture</dt>
            <dd>{formatLongDate(procedure.opensAt)}</dd>
          </div>
          <div>
            <dt>Clôture</dt>
            <dd>{procedure.closesAt ? formatLongDate(procedure.closesAt) : 'Sans date limite'}</dd>
          </div>
          {processingTime ? (
            <div>
              <dt>Délai indicatif de traitement</dt>
              <dd>{processingTime} à compter du dépôt de la demande</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <ProcedureDocumentList documents={procedure.documents} headingId="pieces" />

      {status === 'open' ? (
        <section className="stack card narrow" aria-labelledby="deposer">
          <h2 id="deposer">Déposer une demande</h2>
          <ProcedureCallToAction procedure={procedure} />
        </section>
      ) : null}

      <p>
        <Link href="/demarches">Toutes les démarches</Link>
      </p>
    </div>
  );
}
