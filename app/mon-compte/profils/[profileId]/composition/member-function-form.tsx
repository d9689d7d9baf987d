'use client';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { MemberFunctionFields } from '@/components/profiles/member-function-fields';
import type { MemberFunctionValue } from '@/lib/profiles/member-function';
import { memberFunctionSchema } from '@/lib/validation/profile';
import { updateMemberFunctionAction } from './actions';

type MemberFunctionFormProps = {
  profileId: string;
  membershipId: string;
  current: { function: MemberFunctionValue; functionDetail: string | null };
  cancelHref: string;
};

export function MemberFunctionForm({ profileId, membershipId, current, cancelHref }: MemberFunctionFormProps) {
  const controller = useActionForm({
    schema: memberFunctionSchema,
    action: updateMemberFunctionAction,
    idPrefix: 'fonction',
    defaultValues: { profileId, membershipId, function: current.function, functionDetail: current.functionDetail ?? '' },
  });
  const { isPending, textField, form } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <MemberFunctionFields
        label="Fonction"
        functionField={textField('function')}
        detailField={textField('functionDetail')}
        selected={form.watch('function')}
      />
      <div className="actions">
        <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
          Valider
        </SubmitButton>
        <Link href={cancelHref} scroll={false}>
          Annuler
        </Link>
      </div>
    </ActionForm>
  );
}
