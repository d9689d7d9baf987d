import { Fragment } from 'react';
import { CopyKeyButton } from '@/components/profiles/copy-key-button';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { StepLink } from '@/components/ui/step-link';
import { TableExpansionRow } from '@/components/ui/table-expansion-row';
import { formatShortDate } from '@/lib/format/date';
import type { ShareKeyRow } from '@/lib/profiles/get-profile-composition';
import { SHARE_KEY_STATUS_LABELS, type ShareKeyStatus } from '@/lib/profiles/share-key-status';
import { revokeShareKeyAction } from './actions';

const STATUS_TAG: Record<ShareKeyStatus, string> = {
  NOUVELLE: 'tag',
  ACTIVEE: 'tag tag-success',
  REVOQUEE: 'tag tag-error',
  EXPIREE: 'tag tag-neutral',
};

type ShareKeysTableProps = { profileId: string; shareKeys: ShareKeyRow[]; basePath: string; revoking?: string };

export function ShareKeysTable({ profileId, shareKeys, basePath, revoking }: ShareKeysTableProps) {
  return (
    <div className="table-wrapper">
      <table className="share-keys stacked-table">
        <caption className="visually-hidden">Clés de partage du profil</caption>
        <thead>
          <tr>
            <th scope="col">Clé</th>
            <th scope="col">Statut</th>
            <th scope="col">Créée le</th>
            <th scope="col">Créée par</th>
            <th scope="col">Activée le</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shareKeys.map((shareKey) => {
            const keyId = `cle-${shareKey.id}`;
            const usable = shareKey.status === 'NOUVELLE';
            return (
              <Fragment key={shareKey.id}>
                <tr>
                  <td>
                    <code id={keyId} className={usable ? 'share-key' : 'share-key share-key--spent'}>
                      {shareKey.key || 'Clé effacée'}
                    </code>
                  </td>
                  <td data-label="Statut">
                    <span className={STATUS_TAG[shareKey.status]}>{SHARE_KEY_STATUS_LABELS[shareKey.status]}</span>
                    {usable ? <span className="cell-note">jusqu’au {formatShortDate(shareKey.expiresAt)}</span> : null}
                  </td>
                  <td data-label="Créée le">{formatShortDate(shareKey.createdAt)}</td>
                  <td data-label="Créée par">{shareKey.createdBy ?? <span className="muted">Compte supprimé</span>}</td>
                  <td data-label="Activée le">
                    {shareKey.activatedAt ? (
                      <>
                        <time dateTime={shareKey.activatedAt.toISOString()}>{formatShortDate(shareKey.activatedAt)}</time>
                        <span className="cell-note">par {shareKey.activatedBy ?? 'un compte supprimé'}</span>
                      </>
                    ) : (
                      <span className="muted">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Pas encore activée</span>
                      </span>
                    )}
                  </td>
                  <td>
                    {usable ? (
                      <div className="row-actions">
                        <CopyKeyButton value={shareKey.key} keyElementId={keyId} />
                        <StepLink basePath={basePath} param="revoquer" value={shareKey.id} variant="danger" describedBy={keyId}>
                          Révoquer
                        </StepLink>
                      </div>
                    ) : null}
                  </td>
                </tr>
                {usable && revoking === shareKey.id ? (
                  <TableExpansionRow columns={6}>
                    <ConfirmStep
                      id={`revoquer-${shareKey.id}`}
                      title={`Révoquer la clé ${shareKey.key} ?`}
                      action={revokeShareKeyAction}
                      fields={{ profileId, shareKeyId: shareKey.id }}
                      confirmLabel="Confirmer la révocation"
                      pendingLabel="Révocation en cours…"
                      cancelHref={basePath}
                    >
                      <p>Personne ne pourra plus rejoindre le profil avec cette clé. Vous pourrez en créer une autre.</p>
                    </ConfirmStep>
                  </TableExpansionRow>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
