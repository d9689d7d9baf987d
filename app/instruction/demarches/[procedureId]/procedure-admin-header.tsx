import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import type { AdminProcedure } from '@/lib/procedures/find-procedures-for-admin';
import { ADMIN_PROCEDURES_PATH, adminProcedurePath, publicProcedurePath, type AdminProcedureTab } from '@/lib/procedures/procedure-paths';
import { PublicationTag } from '../publication-tag';

const TABS: { tab: AdminProcedureTab; label: string }[] = [
  { tab: 'informations', label: 'Informations générales' },
  { tab: 'formulaire', label: 'Formulaire' },
  { tab: 'pieces-justificatives', label: 'Pièces justificatives' },
  { tab: 'apercu', label: 'Aperçu' },
];

export function ProcedureAdminHeader({ procedure, current }: { procedure: AdminProcedure; current: AdminProcedureTab }) {
  return (
    <>
      <p className="back-link">
        <Link href={ADMIN_PROCEDURES_PATH}>Toutes les démarches</Link>
      </p>
      <PageHeader title={procedure.title}>
        <p className="procedure-card__meta">
          <PublicationTag published={procedure.published} />
          {procedure.featured ? <span className="tag">À la Une</span> : null}
          <span>Version {procedure.version.number} du formulaire</span>
          {procedure.published ? <Link href={publicProcedurePath(procedure.slug)}>Voir la page publique</Link> : null}
        </p>
      </PageHeader>
      <nav className="tabs" aria-label="Rubriques de la démarche">
        <ul>
          {TABS.map(({ tab, label }) => (
            <li key={tab}>
              <Link href={adminProcedurePath(procedure.id, tab)} aria-current={tab === current ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
