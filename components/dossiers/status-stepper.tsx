import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DOSSIER_STATUS_LABELS, isDecided } from '@/lib/dossiers/status';

// Déposé → En instruction → Décision, as an ordered list whose items say their state in words
// (not only by colour). A request for more information is a state of the instruction step.

type StepState = 'done' | 'current' | 'upcoming';
type Step = { label: string; state: StepState; detail?: string };

export function stepsFor(status: DossierStatus): Step[] {
  const decided = isDecided(status);
  const instructing = status === 'EN_INSTRUCTION' || status === 'COMPLEMENT_DEMANDE';
  return [
    { label: 'Déposé', state: status === 'DEPOSE' ? 'current' : 'done' },
    {
      label: 'En instruction',
      state: decided ? 'done' : instructing ? 'current' : 'upcoming',
      detail: status === 'COMPLEMENT_DEMANDE' ? 'complément demandé' : undefined,
    },
    { label: decided ? `Décision : ${DOSSIER_STATUS_LABELS[status]}` : 'Décision', state: decided ? 'done' : 'upcoming' },
  ];
}

const STATE_TEXT: Record<StepState, string> = { done: 'étape terminée', current: 'étape en cours', upcoming: 'étape à venir' };

export function StatusStepper({ status }: { status: DossierStatus }) {
  return (
    <ol className="status-stepper" aria-label="Avancement du dossier">
      {stepsFor(status).map((step) => (
        <li
          key={step.label}
          className={`status-stepper__step status-stepper__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="status-stepper__label">{step.label}</span>
          {step.detail ? <span className="status-stepper__detail"> ({step.detail})</span> : null}
          <span className="visually-hidden"> : {STATE_TEXT[step.state]}</span>
        </li>
      ))}
    </ol>
  );
}
