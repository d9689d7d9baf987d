'use client';

import type { ComponentProps } from 'react';
import type { z } from 'zod';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FormAction } from '@/lib/actions/result';

type CodeFormProps<S extends z.ZodObject> = {
  schema: S;
  action: FormAction;
  idPrefix: string;
  name: keyof z.input<S> & string;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  returnTo: string | null;
  inputProps?: Omit<ComponentProps<'input'>, 'id' | 'name'>;
};

export function CodeForm<S extends z.ZodObject>({
  schema,
  action,
  idPrefix,
  name,
  label,
  hint,
  submitLabel,
  pendingLabel,
  returnTo,
  inputProps,
}: CodeFormProps<S>) {
  const controller = useActionForm({ schema, action, idPrefix });
  return (
    <ActionForm controller={controller}>
      {returnTo ? <input type="hidden" name="retour" value={returnTo} /> : null}
      <TextField label={label} hint={hint} spellCheck={false} className="input-code" {...inputProps} {...controller.textField(name as never)} />
      <SubmitButton pending={controller.isPending} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </ActionForm>
  );
}

/** The authenticator app's code, as browsers and password managers recognise it. */
export const TOTP_INPUT = { inputMode: 'numeric', autoComplete: 'one-time-code' } as const;
