'use client';

import { totpCodeSchema } from '@/lib/validation/second-factor';
import { CodeForm, TOTP_INPUT } from '../code-form';
import { activateSecondFactorAction } from './actions';

export function EnrolmentForm({ returnTo }: { returnTo: string | null }) {
  return (
    <CodeForm
      schema={totpCodeSchema}
      action={activateSecondFactorAction}
      idPrefix="activation"
      name="code"
      label="Code de vérification"
      hint="Les 6 chiffres que votre application affiche maintenant pour Guichet."
      submitLabel="Activer"
      pendingLabel="Activation en cours…"
      returnTo={returnTo}
      inputProps={TOTP_INPUT}
    />
  );
}
