'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { updatePersonalDataSchema } from '@/lib/validation/account';
import { updatePersonalDataAction } from './actions';

type PersonalDataFormProps = { firstName: string; lastName: string };

export function PersonalDataForm({ firstName, lastName }: PersonalDataFormProps) {
  const controller = useActionForm({
    schema: updatePersonalDataSchema,
    action: updatePersonalDataAction,
    idPrefix: 'donnees',
    defaultValues: { firstName, lastName },
  });
  const { isPending, textField } = controller;

  return (
    <ActionForm controller={controller}>
      {/* The person asked to edit (pencil button): start where the typing happens. */}
      <TextField label="Prénom" autoComplete="given-name" autoFocus {...textField('firstName')} />
      <TextField label="Nom" autoComplete="family-name" {...textField('lastName')} />
      <div className="actions">
        <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
          Valider
        </SubmitButton>
        <Link href="/mon-compte/donnees-personnelles">Annuler</Link>
      </div>
    </ActionForm>
  );
}
