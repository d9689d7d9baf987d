import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import type { FormAction } from '@/lib/actions/result';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import { firstParam } from '@/lib/search-params';
import { FocusOnArrival } from './focus-on-arrival';

// « Monter » and « Descendre » rather than drag and drop: keyboard-operable. Without JavaScript,
// « Modifier » and « Supprimer » are GET forms that open the editor or the confirmation in place.

export type BuilderItem = { id: string; label: string; details: ReactNode };

type BuilderListProps = {
  items: readonly BuilderItem[];
  procedureId: string;
  /** The page itself: the GET forms come back to it. */
  basePath: string;
  /** Prefix of the items' ids (anchors): « champ », « piece ». */
  anchor: string;
  /** « le champ », « la pièce justificative »: in the confirmation. */
  noun: string;
  moveAction: FormAction;
  removeAction: FormAction;
  editing?: { id: string; editor: ReactNode };
  deletingId?: string;
  moved?: { id: string; direction: 'up' | 'down' };
  /** Said before deleting (what happens to dossiers already filed). */
  deleteWarning: string;
};

function Hidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

export function BuilderList({
  items,
  procedureId,
  basePath,
  anchor,
  noun,
  moveAction,
  removeAction,
  editing,
  deletingId,
  moved,
  deleteWarning,
}: BuilderListProps) {
  return (
    <ol className="builder-list">
      {items.map((item, index) => {
        const elementId = `${anchor}-${item.id}`;
        const name = <Hidden> « {item.label} »</Hidden>;
        const target = { procedureId, itemId: item.id };
        return (
          <li key={item.id} id={elementId} className="builder-item">
            <div className="builder-item__header">
              <h3 className="builder-item__title" tabIndex={-1}>
                <span className="builder-item__position">{index + 1}.</span> {item.label}
              </h3>
              {item.details}
            </div>
            {editing?.id === item.id ? (
              editing.editor
            ) : deletingId === item.id ? (
              <ConfirmationPanel id={`${elementId}-suppression`} title={`Supprimer ${noun} « ${item.label} » ?`}>
                <p>{deleteWarning}</p>
                <div className="actions">
                  <ActionButton action={removeAction} fields={target} variant="danger" pendingLabel="Suppression en cours…">
                    Confirmer la suppression
                  </ActionButton>
                  <Link href={`${basePath}#${elementId}`}>Annuler</Link>
                </div>
              </ConfirmationPanel>
            ) : (
              <div className="row-actions">
                {index > 0 ? (
                  <ActionButton action={moveAction} fields={{ ...target, direction: 'up' }} small pendingLabel="Déplacement…">
                    Monter{name}
                  </ActionButton>
                ) : null}
                {index < items.length - 1 ? (
                  <ActionButton action={moveAction} fields={{ ...target, direction: 'down' }} small pendingLabel="Déplacement…">
                    Descendre{name}
                  </ActionButton>
                ) : null}
                <Form action={basePath}>
                  <input type="hidden" name="modifier" value={item.id} />
                  <button type="submit" className="btn-secondary btn-small">
                    Modifier{name}
                  </button>
                </Form>
                <Form action={basePath}>
                  <input type="hidden" name="supprimer" value={item.id} />
                  <button type="submit" className="btn-danger btn-small">
                    Supprimer{name}
                  </button>
                </Form>
              </div>
            )}
            {moved?.id === item.id ? (
              <FocusOnArrival containerId={elementId} buttonText={moved.direction === 'up' ? 'Monter' : 'Descendre'} token={`${index}`} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

type Query = Record<string, string | string[] | undefined>;

/** The item just moved (?deplace=<id>&sens=up|down, set by the move actions), if still there. */
export function movedItem(items: readonly { id: string }[], query: Query): { id: string; direction: 'up' | 'down'; index: number } | undefined {
  const id = firstParam(query.deplace);
  const index = items.findIndex((item) => item.id === id);
  if (!id || index === -1) return undefined;
  return { id, direction: firstParam(query.sens) === 'down' ? 'down' : 'up', index };
}

export function BuilderNotices({
  items,
  query,
  successMessages,
}: {
  items: readonly { id: string; label: string }[];
  query: Query;
  successMessages: Record<string, string>;
}) {
  const success = successMessages[firstParam(query.succes) ?? ''];
  const moved = movedItem(items, query);
  return (
    <>
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}
      {moved ? (
        <Alert tone="success">
          <p>
            « {items[moved.index].label} » est maintenant en position {moved.index + 1} sur {items.length}.
          </p>
        </Alert>
      ) : null}
    </>
  );
}
