'use client';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import type { FieldProps } from '@/components/forms/field-props';
import { useHydrated } from '@/components/forms/use-hydrated';
import { MEMBER_FUNCTION_LABELS, MEMBER_FUNCTIONS } from '@/lib/profiles/member-function';

const OPTIONS = MEMBER_FUNCTIONS.map((value) => ({ value, label: MEMBER_FUNCTION_LABELS[value] }));

type MemberFunctionFieldsProps = {
  functionField: FieldProps;
  detailField: FieldProps;
  /** The function chosen so far (react-hook-form's watch): « Précisez » follows it. */
  selected: string | undefined;
  label?: string;
};

/** Without JavaScript « Précisez » cannot follow the choice: it is always shown, with a hint saying when to fill it. */
export function MemberFunctionFields({ functionField, detailField, selected, label = 'Votre fonction' }: MemberFunctionFieldsProps) {
  const hydrated = useHydrated();
  const showDetail = !hydrated || selected === 'AUTRE' || Boolean(detailField.error);
  return (
    <>
      <SelectField label={label} options={OPTIONS} placeholder="Choisissez une fonction" {...functionField} />
      {showDetail ? (
        <TextField
          label="Précisez"
          hint={hydrated ? 'Votre fonction, en quelques mots' : 'Seulement si vous avez choisi « Autre »'}
          autoComplete="organization-title"
          {...detailField}
        />
      ) : null}
    </>
  );
}
