'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useActionState } from 'react';
import { decideDossierAction, reopenInstructionAction, requestComplementAction, startInstructionAction } from './actions';
import { ActionFeedback, fieldError } from '@/components/dossiers/action-feedback';
import { FileUploadField } from '@/components/dossiers/file-upload-field';
import type { FormAction } from '@/lib/actions/result';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { HiddenFields, PlainInput, PlainTextarea } from '@/components/instruction/instruction-fields';

// The status actions of a dossier, for its current status. Each button opens its own step
// (?action=…, so it works without JavaScript) that says what will happen and ends with an explicit
// « Confirmer … » button. Each form carries the version the agent saw: if the dossier changed
// meanwhile, the action fails whole and the page comes back fresh with the conflict message.

type ActionKey = 'instruction' | 'complement' | 'accepter' | 'refuser' | 'sans-suite' | 'reprendre';

type StepDefinition = {
  label: string;
  title: string;
  explanation: string;
  confirmLabel: string;
  kind: 'plain' | 'complement' | 'decision' | 'reopen';
  decision?: 'ACCEPTE' | 'REFUSE' | 'SANS_SUITE';
  danger?: boolean;
};

const STEPS: Record<ActionKey, StepDefinition> = {
  instruction: {
    label: 'Passer en instruction',
    title: 'Passer ce dossier en instruction ?',
    explanation: 'Le dossier passe « En instruction » et le demandeur en est informé par courriel.',
    confirmLabel: 'Confirmer le passage en instruction',
    kind: 'plain',
  },
  complement: {
    label: 'Demander des compléments',
    title: 'Demander des compléments au demandeur',
    explanation: 'Le dossier passe « Complément demandé ». Le demandeur reçoit un courriel, lit votre message sur son dossier, le complète puis le transmet.',
    confirmLabel: 'Confirmer la demande de compléments',
    kind: 'complement',
  },
  accepter: {
    label: 'Accepter',
    title: 'Accepter ce dossier ?',
    explanation: 'Le dossier passe « Accepté ». Le demandeur reçoit la décision par courriel, avec le motif s’il y en a un et le document joint.',
    confirmLabel: 'Confirmer l’acceptation',
    kind: 'decision',
    decision: 'ACCEPTE',
  },
  refuser: {
    label: 'Refuser',
    title: 'Refuser ce dossier ?',
    explanation: 'Le dossier passe « Refusé ». Le demandeur reçoit la décision et son motif par courriel.',
    confirmLabel: 'Confirmer le refus',
    kind: 'decision',
    decision: 'REFUSE',
    danger: true,
  },
  'sans-suite': {
    label: 'Classer sans suite',
    title: 'Classer ce dossier sans suite ?',
    explanation: 'Le dossier passe « Classé sans suite ». Le demandeur reçoit la décision et son motif par courriel.',
    confirmLabel: 'Confirmer le classement sans suite',
    kind: 'decision',
    decision: 'SANS_SUITE',
    danger: true,
  },
  reprendre: {
    label: 'Repasser en instruction',
    title: 'Repasser ce dossier en instruction ?',
    explanation: 'La décision ne s’applique plus : le dossier redevient « En instruction ». Le demandeur en est informé par courriel, avec le motif.',
    confirmLabel: 'Confirmer le retour en instruction',
    kind: 'reopen',
  },
};

const AVAILABLE: Partial<Record<DossierStatus, ActionKey[]>> = {
  DEPOSE: ['instruction'],
  EN_INSTRUCTION: ['complement', 'accepter', 'refuser', 'sans-suite'],
  ACCEPTE: ['reprendre'],
  REFUSE: ['reprendre'],
  SANS_SUITE: ['reprendre'],
};

const ACTION_OF: Record<StepDefinition['kind'], FormAction> = {
  plain: startInstructionAction,
  complement: requestComplementAction,
  decision: decideDossierAction,
  reopen: reopenInstructionAction,
};

export function DossierStatusActions({ dossierId, version, status }: { dossierId: string; version: number; status: DossierStatus }) {
  const pathname = usePathname();
  const open = useSearchParams().get('action') as ActionKey | null;
  const available = AVAILABLE[status] ?? [];
  if (available.length === 0) {
    return status === 'COMPLEMENT_DEMANDE' ? <p className="muted">En attente de la réponse du demandeur (« Transmettre »).</p> : null;
  }
  const current = open && available.includes(open) ? open : null;
  return (
    <div className="stack">
      <ul className="dossier-actions" aria-label="Actions sur le dossier">
        {available.map((key) => (
          <li key={key}>
            <Link
              href={`${pathname}?action=${key}#action-${key}`}
              scroll={false}
              className={STEPS[key].danger ? 'btn-danger' : key === available[0] ? 'btn' : 'btn-secondary'}
              aria-current={current === key ? 'true' : undefined}
            >
              {STEPS[key].label}
            </Link>
          </li>
        ))}
      </ul>
      {current ? <StatusStep key={current} actionKey={current} dossierId={dossierId} version={version} cancelHref={pathname} /> : null}
    </div>
  );
}

function StatusStep({ actionKey, dossierId, version, cancelHref }: { actionKey: ActionKey; dossierId: string; version: number; cancelHref: string }) {
  const step = STEPS[actionKey];
  const [state, formAction, pending] = useActionState(ACTION_OF[step.kind], null);
  const values = state && !state.ok ? state.values : undefined;
  const id = `action-${actionKey}`;
  const fields: Record<string, string> = { dossierId, version: String(version) };
  if (step.decision) fields.decision = step.decision;
  return (
    <ConfirmationPanel id={id} title={step.title}>
      <form action={formAction} className="stack" noValidate>
        <ActionFeedback state={state} />
        <HiddenFields fields={fields} />
        <p>{step.explanation}</p>
        {step.kind === 'complement' ? (
          <PlainTextarea
            id={`${id}-message`}
            name="body"
            label="Message au demandeur"
            hint="Précisez les informations ou les pièces attendues."
            required
            error={fieldError(state, 'body')}
            defaultValue={values?.body}
          />
        ) : null}
        {step.kind === 'decision' || step.kind === 'reopen' ? (
          <PlainTextarea
            id={`${id}-motif`}
            name="motif"
            label={step.decision === 'ACCEPTE' ? 'Motif (facultatif)' : 'Motif'}
            hint="Le demandeur le lira dans son courriel et dans l’historique de son dossier."
            required={step.decision !== 'ACCEPTE'}
            error={fieldError(state, 'motif')}
            defaultValue={values?.motif}
          />
        ) : null}
        {step.kind === 'decision' ? (
          <fieldset className="stack">
            <legend>Document de décision (facultatif)</legend>
            <PlainInput
              id={`${id}-titre-document`}
              name="title"
              label="Titre du document"
              hint="Par exemple « Notification de décision ». Le document apparaîtra dans « Mes documents reçus » du demandeur."
              error={fieldError(state, 'title')}
              defaultValue={values?.title}
            />
            <FileUploadField
              id={`${id}-fichier`}
              name="fichier"
              label="Choisir un fichier"
              hint="PDF ou image (PNG, JPEG, WebP)."
              error={fieldError(state, 'fichier')}
            />
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="submit" className={step.danger ? 'btn-danger' : 'btn'} disabled={pending}>
            {pending ? 'Enregistrement en cours…' : step.confirmLabel}
          </button>
          <Link href={cancelHref} scroll={false}>
            Annuler
          </Link>
        </div>
      </form>
    </ConfirmationPanel>
  );
}
