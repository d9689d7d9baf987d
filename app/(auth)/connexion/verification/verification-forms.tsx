'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { recoveryCodeSchema, totpCodeSchema } from '@/lib/validation/second-factor';
import { redeemRecoveryCodeAction, verifyCodeAction } from './actions';

function ReturnField({ returnTo }: { returnTo: string | null }) {
  return returnTo ? <input type="hidden" name="retour" value={returnTo} /> : null;
}

export function TotpCodeForm({ returnTo }: { returnTo: string | null }) {
  const controller = useActionForm({ schema: totpCodeSchema, action: verifyCodeAction, idPrefix: 'verification' });
  return (
    <ActionForm controller={controller}>
      <ReturnField returnTo={returnTo} />
      <TextField
        label="Code de vérification"
        hint="Les 6 chiffres affichés en ce moment par votre application d’authentification."
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="input-code"
        {...controller.textField('code')}
      />
      <SubmitButton pending={controller.isPending} pendingLabel="Vérification en cours…">
        Vérifier
      </SubmitButton>
    </ActionForm>
  );
}

export function RecoveryCodeForm({ returnTo }: { returnTo: string | null }) {
  const controller = useActionForm({ schema: recoveryCodeSchema, action: redeemRecoveryCodeAction, idPrefix: 'secours' });
  return (
    <ActionForm controller={controller}>
      <ReturnField returnTo={returnTo} />
      <TextField
        label="Code de secours"
        hint="Un des codes de secours notés lors de l’activation, par exemple K7QM-4TZP. Chaque code ne sert qu’une fois."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="input-code"
        {...controller.textField('recoveryCode')}
      />
      <SubmitButton pending={controller.isPending} pendingLabel="Vérification en cours…">
        Valider le code de secours
      </SubmitButton>
    </ActionForm>
  );
}
