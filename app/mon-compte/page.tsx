import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DossierStatusTag } from '@/components/dossiers/dossier-status-tag';
import { PageHeader } from '@/components/ui/page-header';
import { Tile } from '@/components/ui/tile';
import { requireUser } from '@/lib/auth/session';
import { isComplementOverdue } from '@/lib/dossiers/complement-due-date';
import { dossierPath, draftPath } from '@/lib/dossiers/dossier-paths';
import { listPendingTasks, type PendingTasks } from '@/lib/dossiers/list-pending-tasks';
import { formatLongDate } from '@/lib/format/date';
import { profileDocumentTypeLabel } from '@/lib/profile-documents/document-types';
import { type ExpiringDocument, listExpiringDocuments } from '@/lib/profile-documents/list-expiring-documents';
import { ADD_OR_JOIN_PATH, PROFILES_PATH, profilePath } from '@/lib/profiles/profile-paths';

export const metadata: Metadata = { title: 'Mon compte' };

const DOSSIERS_PATH = '/mon-compte/dossiers';
const DOCUMENTS_PATH = '/mon-compte/documents-recus';

function Task({ href, title, meta }: { href: string; title: string; meta: ReactNode }) {
  return (
    <li className="task">
      <p className="task__title">
        <Link href={href}>{title}</Link>
      </p>
      <p className="task__meta">{meta}</p>
    </li>
  );
}

function More({ shown, total, href, label }: { shown: number; total: number; href: string; label: (total: number) => string }) {
  if (total <= shown) return null;
  return (
    <li>
      <Link href={href}>{label(total)}</Link>
    </li>
  );
}

function complementDueLine(dueAt: Date): string {
  const date = formatLongDate(dueAt);
  return isComplementOverdue(dueAt) ? `date limite de réponse passée (${date}), vous pouvez encore répondre` : `à transmettre avant le ${date}`;
}

function TodoList({ tasks, expiring }: { tasks: PendingTasks; expiring: { items: ExpiringDocument[]; total: number } }) {
  const { complements, rejectedAttachments, newDocuments, drafts } = tasks;
  const count = complements.total + rejectedAttachments.total + newDocuments.total + drafts.total + expiring.total;
  if (count === 0) return <p>Rien à faire pour le moment. Un courriel vous préviendra si un service a besoin de vous.</p>;
  return (
    <ul className="task-list">
      {complements.items.map((dossier) => (
        <Task
          key={dossier.id}
          href={dossierPath(dossier.id)}
          title={`Répondre à la demande de compléments du dossier n° ${dossier.number}`}
          meta={dossier.complementDueAt ? `${dossier.procedure.title} — ${complementDueLine(dossier.complementDueAt)}` : dossier.procedure.title}
        />
      ))}
      <More
        shown={complements.items.length}
        total={complements.total}
        href={`${DOSSIERS_PATH}?statut=COMPLEMENT_DEMANDE`}
        label={(total) => `Voir les ${total} dossiers en attente de compléments`}
      />
      {rejectedAttachments.items.map((attachment) => (
        <Task
          key={attachment.id}
          href={`${dossierPath(attachment.dossier.id)}/justificatifs`}
          title={`Remplacer le justificatif rejeté « ${attachment.documentLabel} » du dossier n° ${attachment.dossier.number}`}
          meta={attachment.dossier.procedure.title}
        />
      ))}
      {newDocuments.items.map((document) => (
        <Task key={document.id} href={DOCUMENTS_PATH} title={`Lire le nouveau document « ${document.title} »`} meta="Envoyé par les services du Département" />
      ))}
      <More shown={newDocuments.items.length} total={newDocuments.total} href={DOCUMENTS_PATH} label={(total) => `Voir les ${total} nouveaux documents`} />
      {expiring.items.map((document) => (
        <Task
          key={document.id}
          href={profilePath(document.profile.id, 'documents')}
          title={`Remplacer le document « ${profileDocumentTypeLabel(document.type)} » de ${document.profile.name}`}
          meta={`${document.validUntil < new Date() ? 'N’est plus valable depuis le' : 'Valable jusqu’au'} ${formatLongDate(document.validUntil)}`}
        />
      ))}
      <More
        shown={expiring.items.length}
        total={expiring.total}
        href={PROFILES_PATH}
        label={(total) => `Voir vos profils : ${total} documents arrivent à échéance`}
      />
      {drafts.items.map((draft) => (
        <Task
          key={draft.id}
          href={draftPath(draft.id)}
          title={`Terminer et déposer votre demande « ${draft.procedure.title} »`}
          meta={`Brouillon enregistré le ${formatLongDate(draft.updatedAt)}`}
        />
      ))}
      <More shown={drafts.items.length} total={drafts.total} href={`${DOSSIERS_PATH}?statut=BROUILLON`} label={(total) => `Voir les ${total} brouillons`} />
    </ul>
  );
}

export default async function AccountPage() {
  const user = await requireUser('/mon-compte');
  const [tasks, expiring] = await Promise.all([listPendingTasks(user), listExpiringDocuments(user.id)]);
  return (
    <div className="stack-lg">
      <PageHeader title="Mon compte" lead={`Bonjour ${user.firstName}`} />

      <section className="stack" aria-labelledby="a-faire">
        <h2 id="a-faire">À faire</h2>
        <TodoList tasks={tasks} expiring={expiring} />
      </section>

      {tasks.recentDossiers.length > 0 ? (
        <section className="stack" aria-labelledby="dossiers-recents">
          <h2 id="dossiers-recents">Mes dossiers récents</h2>
          <ul className="task-list">
            {tasks.recentDossiers.map((dossier) => (
              <li key={dossier.id} className="task task--plain">
                <p className="task__title">
                  <Link href={dossierPath(dossier.id)}>
                    Dossier n° {dossier.number} — {dossier.procedure.title}
                  </Link>
                </p>
                <p className="task__meta">
                  <DossierStatusTag status={dossier.status} /> mis à jour le {formatLongDate(dossier.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link href={DOSSIERS_PATH}>Voir tous mes dossiers</Link>
          </p>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="mon-espace">
        <h2 id="mon-espace">Mon espace</h2>
        <ul className="tiles">
          <li>
            <Tile
              headingLevel={3}
              href={DOSSIERS_PATH}
              title="Mes dossiers"
              description="Vos demandes et celles de vos associations : suivi, justificatifs, échanges."
            />
          </li>
          <li>
            <Tile
              headingLevel={3}
              href={DOCUMENTS_PATH}
              title="Mes documents reçus"
              description="Les documents que les services du Département vous ont envoyés."
            />
          </li>
          <li>
            <Tile
              headingLevel={3}
              href="/mon-compte/donnees-personnelles"
              title="Mes données personnelles"
              description="Votre nom, votre prénom, votre adresse courriel, votre mot de passe et vos sessions."
            />
          </li>
          <li>
            <Tile
              headingLevel={3}
              href={PROFILES_PATH}
              title="Mes profils"
              description="Les associations dont vous êtes membre, leur composition et leurs partages."
            />
          </li>
          <li>
            <Tile
              headingLevel={3}
              href={ADD_OR_JOIN_PATH}
              title="Ajouter ou rejoindre un profil"
              description="Déclarez votre association, ou rattachez-vous à un profil avec la clé de partage reçue."
            />
          </li>
          <li>
            <Tile
              headingLevel={3}
              href="/demarches"
              title="Faire une démarche"
              description="Toutes les démarches en ligne du Département, et leurs conditions."
            />
          </li>
        </ul>
      </section>
    </div>
  );
}
