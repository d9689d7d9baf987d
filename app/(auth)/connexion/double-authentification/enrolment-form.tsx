'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { totpCodeSchema } from '@/lib/validation/second-factor';
import { activateSecondFactorAction } from './actions';

export function EnrolmentForm({ returnTo }: { returnTo: string | null }) {
  const controller = useActionForm({ schema: totpCodeSchema, action: activateSecondFactorAction, idPrefix: 'activation' });
  return (
    <ActionForm controller={controller}>
      {returnTo ? <input type="hidden" name="retour" value={returnTo} /> : null}
      <TextField
        label="Code de vérification"
        hint="Les 6 chiffres que votre application affiche maintenant pour Guichet."
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="input-code"
        {...controller.textField('code')}
      />
      <SubmitButton pending={controller.isPending} pendingLabel="Activation en cours…">
        Activer
      </SubmitButton>
    </ActionForm>
  );
}
