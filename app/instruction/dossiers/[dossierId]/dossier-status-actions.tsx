'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { ActionForm, type ActionFormController } from '@/components/forms/action-form';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/instruction/instruction-fields';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';
import { DOCUMENT_TITLE_MAX_LENGTH, instructionSchemas } from '@/lib/validation/instruction';
import { decideDossierAction, reopenInstructionAction, requestComplementAction, startInstructionAction } from './actions';

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
    title: 'Passer ce dossier en instruction ?',
    explanation: 'Le dossier passe « En instruction » et le demandeur en est informé par courriel.',
    confirmLabel: 'Confirmer le passage en instruction',
    kind: 'plain',
  },
  complement: {
    label: 'Demander des compléments',
    title: 'Demander des compléments au demandeur',
    explanation: 'Le dossier passe « Complément demandé ». Le demandeur reçoit un courriel, lit votre message sur son dossier, le complète puis le transmet.',
    confirmLabel: 'Confirmer la demande de compléments',
    kind: 'complement',
  },
  accepter: {
    label: 'Accepter',
    title: 'Accepter ce dossier ?',
    explanation: 'Le dossier passe « Accepté ». Le demandeur reçoit la décision par courriel, avec le motif s’il y en a un et le document joint.',
    confirmLabel: 'Confirmer l’acceptation',
    kind: 'decision',
    decision: 'ACCEPTE',
  },
  refuser: {
    label: 'Refuser',
    title: 'Refuser ce dossier ?',
    explanation: 'Le dossier passe « Refusé ». Le demandeur reçoit la décision et son motif par courriel.',
    confirmLabel: 'Confirmer le refus',
    kind: 'decision',
    decision: 'REFUSE',
    danger: true,
  },
  'sans-suite': {
    label: 'Classer sans suite',
    title: 'Classer ce dossier sans suite ?',
    explanation: 'Le dossier passe « Classé sans suite ». Le demandeur reçoit la décision et son motif par courriel.',
    confirmLabel: 'Confirmer le classement sans suite',
    kind: 'decision',
    decision: 'SANS_SUITE',
    danger: true,
  },
  reprendre: {
    label: 'Repasser en instruction',
    title: 'Repasser ce dossier en instruction ?',
    explanation: 'La décision ne s’applique plus : le dossier redevient « En instruction ». Le demandeur en est informé par courriel, avec le motif.',
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

type DossierStatusActionsProps = {
  dossierId: string;
  version: number;
  status: DossierStatus /** MAX_UPLOAD_MB, from the server's configuration. */;
  maxUploadMb: number;
  /** « Date limite de réponse » proposed (YYYY-MM-DD): today plus the démarche's delay. */
  complementDueDefault: string;
  /** While « Complément demandé »: the date given to the applicant (« 21 décembre 2026 »). */
  complementDueDate?: string;
};

export function DossierStatusActions({ dossierId, version, status, maxUploadMb, complementDueDefault, complementDueDate }: DossierStatusActionsProps) {
  const pathname = usePathname();
  const open = useSearchParams().get('action') as ActionKey | null;
  const available = AVAILABLE[status] ?? [];
  if (available.length === 0) {
    if (status !== 'COMPLEMENT_DEMANDE') return null;
    return (
      <p className="muted">En attente de la réponse du demandeur (« Transmettre »){complementDueDate ? `, demandée avant le ${complementDueDate}` : ''}.</p>
    );
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
      {current ? (
        <StatusStep
          key={current}
          actionKey={current}
          dossierId={dossierId}
          version={version}
          cancelHref={pathname}
          maxUploadMb={maxUploadMb}
          complementDueDefault={complementDueDefault}
        />
      ) : null}
    </div>
  );
}

type StepProps = {
  id: string;
  step: StepDefinition;
  dossierId: string;
  version: number;
  cancelHref: string;
  maxUploadMb: number;
  complementDueDefault: string;
};

function StatusStep({ actionKey, ...rest }: Omit<StepProps, 'id' | 'step'> & { actionKey: ActionKey }) {
  const step = STEPS[actionKey];
  const props: StepProps = { id: `action-${actionKey}`, step, ...rest };
  return (
    <ConfirmationPanel id={props.id} title={step.title}>
      {step.kind === 'plain' ? <PlainStep {...props} /> : null}
      {step.kind === 'complement' ? <ComplementStep {...props} /> : null}
      {step.kind === 'decision' ? <DecisionStep {...props} /> : null}
      {step.kind === 'reopen' ? <ReopenStep {...props} /> : null}
    </ConfirmationPanel>
  );
}

/** « Passer en instruction »: nothing to write, the confirmation only. */
function PlainStep({ id, step, dossierId, version, cancelHref }: StepProps) {
  const fields = { dossierId, version: String(version) };
  const controller = useActionForm({ schema: instructionSchemas.version, action: startInstructionAction, idPrefix: id, defaultValues: fields });
  return <StepForm controller={controller} fields={fields} step={step} cancelHref={cancelHref} />;
}

function ComplementStep({ id, step, dossierId, version, cancelHref, complementDueDefault }: StepProps) {
  const fields = { dossierId, version: String(version) };
  const controller = useActionForm({
    schema: instructionSchemas.complement,
    action: requestComplementAction,
    idPrefix: id,
    defaultValues: { ...fields, dueOn: complementDueDefault },
  });
  return (
    <StepForm controller={controller} fields={fields} step={step} cancelHref={cancelHref}>
      <TextareaField
        label="Message au demandeur"
        hint="Précisez les informations ou les pièces attendues."
        required
        rows={5}
        maxLength={LONG_TEXT_MAX_LENGTH}
        {...controller.textField('body')}
      />
      <TextField
        label="Date limite de réponse"
        hint="Proposée selon le délai de réponse de la démarche. Le demandeur la lit dans le courriel et sur son dossier ; il peut encore répondre après."
        type="date"
        className="input-short"
        required
        {...controller.textField('dueOn')}
      />
    </StepForm>
  );
}

const MOTIF_HINT = 'Le demandeur le lira dans son courriel et dans l’historique de son dossier.';

/** « Accepter », « Refuser », « Classer sans suite »: a motif (required to refuse) and an optional document. */
function DecisionStep({ id, step, dossierId, version, cancelHref, maxUploadMb }: StepProps) {
  const decision = step.decision ?? 'ACCEPTE';
  const fields = { dossierId, version: String(version), decision };
  const controller = useActionForm({ schema: instructionSchemas.decision, action: decideDossierAction, idPrefix: id, defaultValues: fields });
  const { form, textField } = controller;
  return (
    <StepForm controller={controller} fields={fields} step={step} cancelHref={cancelHref}>
      <TextareaField
        label={decision === 'ACCEPTE' ? 'Motif (facultatif)' : 'Motif'}
        hint={MOTIF_HINT}
        required={decision !== 'ACCEPTE'}
        rows={5}
        maxLength={LONG_TEXT_MAX_LENGTH}
        {...textField('reason')}
      />
      <fieldset className="stack">
        <legend>Document de décision (facultatif)</legend>
        <TextField
          label="Titre du document"
          hint="Par exemple « Notification de décision ». Le document apparaîtra dans « Mes documents reçus » du demandeur."
          maxLength={DOCUMENT_TITLE_MAX_LENGTH}
          {...textField('title')}
        />
        {/* The upload posts its id in a hidden input; the browser's check reads it from here. */}
        <FileUploadField
          id={`${id}-fileId`}
          name="fileId"
          maxUploadMb={maxUploadMb}
          error={form.formState.errors.fileId?.message}
          onUploadStart={() => form.clearErrors('fileId')}
          onUploaded={(file) => form.setValue('fileId', file.id)}
        />
      </fieldset>
    </StepForm>
  );
}

function ReopenStep({ id, step, dossierId, version, cancelHref }: StepProps) {
  const fields = { dossierId, version: String(version) };
  const controller = useActionForm({ schema: instructionSchemas.reopen, action: reopenInstructionAction, idPrefix: id, defaultValues: fields });
  return (
    <StepForm controller={controller} fields={fields} step={step} cancelHref={cancelHref}>
      <TextareaField label="Motif" hint={MOTIF_HINT} required rows={5} maxLength={LONG_TEXT_MAX_LENGTH} {...controller.textField('reason')} />
    </StepForm>
  );
}

type StepFormProps = {
  controller: ActionFormController & { isPending: boolean };
  /** The dossier and the version the agent saw, posted back as hidden fields. */
  fields: Record<string, string>;
  step: StepDefinition;
  cancelHref: string;
  /** What the agent writes for this step, between the explanation and the buttons. */
  children?: ReactNode;
};

/** Every step the same way: what will happen, what to write, « Confirmer … » or « Annuler ». */
function StepForm({ controller, fields, step, cancelHref, children }: StepFormProps) {
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <HiddenFields fields={fields} />
        <p>{step.explanation}</p>
        {children}
        <div className="actions">
          <button type="submit" className={step.danger ? 'btn-danger' : 'btn'} disabled={controller.isPending}>
            {controller.isPending ? 'Enregistrement en cours…' : step.confirmLabel}
          </button>
          <Link href={cancelHref} scroll={false}>
            Annuler
          </Link>
        </div>
      </div>
    </ActionForm>
  );
}
