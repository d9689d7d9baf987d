'use client';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { MemberFunctionFields } from '@/components/profiles/member-function-fields';
import { joinProfileSchema } from '@/lib/validation/profile';
import { joinProfileAction } from './actions';

export function JoinProfileForm() {
  const controller = useActionForm({ schema: joinProfileSchema, action: joinProfileAction, idPrefix: 'rejoindre' });
  const { isPending, textField, form } = controller;
  return (
    <ActionForm controller={controller}>
      <TextField
        label="Clé de partage"
        hint="La clé que l’administrateur du profil vous a transmise, par exemple 7K3M-Q9XD-2B8F-… (majuscules, espaces et tirets n’ont pas d’importance)"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        className="share-key-input"
        {...textField('key')}
      />
      <MemberFunctionFields functionField={textField('function')} detailField={textField('functionDetail')} selected={form.watch('function')} />
      <SubmitButton pending={isPending} pendingLabel="Envoi en cours…">
        Envoyer
      </SubmitButton>
    </ActionForm>
  );
}
