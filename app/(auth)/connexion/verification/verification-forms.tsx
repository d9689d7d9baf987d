'use client';

import { recoveryCodeSchema, totpCodeSchema } from '@/lib/validation/second-factor';
import { CodeForm, TOTP_INPUT } from '../code-form';
import { redeemRecoveryCodeAction, verifyCodeAction } from './actions';

export function TotpCodeForm({ returnTo }: { returnTo: string | null }) {
  return (
    <CodeForm
      schema={totpCodeSchema}
      action={verifyCodeAction}
      idPrefix="verification"
      name="code"
      label="Code de vérification"
      hint="Les 6 chiffres affichés en ce moment par votre application d’authentification."
      submitLabel="Vérifier"
      pendingLabel="Vérification en cours…"
      returnTo={returnTo}
      inputProps={TOTP_INPUT}
    />
  );
}

export function RecoveryCodeForm({ returnTo }: { returnTo: string | null }) {
  return (
    <CodeForm
      schema={recoveryCodeSchema}
      action={redeemRecoveryCodeAction}
      idPrefix="secours"
      name="recoveryCode"
      label="Code de secours"
      hint="Un des codes de secours notés lors de l’activation, par exemple K7QM-4TZP. Chaque code ne sert qu’une fois."
      submitLabel="Valider le code de secours"
      pendingLabel="Vérification en cours…"
      returnTo={returnTo}
      inputProps={{ autoComplete: 'off', autoCapitalize: 'characters' }}
    />
  );
}
