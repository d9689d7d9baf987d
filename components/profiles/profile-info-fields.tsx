'use client';
import type { FieldProps } from '@/components/forms/field-props';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { PROFILE_OBJECT_MAX } from '@/lib/validation/profile';

export type ProfileInfoFieldName = 'name' | 'rna' | 'siret' | 'addressLine' | 'postalCode' | 'city' | 'contactEmail' | 'contactPhone' | 'object';

type ProfileInfoFieldsProps = { field: (name: ProfileInfoFieldName) => FieldProps; idPrefix: string };

export function ProfileInfoFields({ field, idPrefix }: ProfileInfoFieldsProps) {
  const identifiersHint = `${idPrefix}-identifiants-aide`;
  return (
    <>
      <fieldset className="form-section" aria-describedby={identifiersHint}>
        <legend>Identification de l’association</legend>
        <p id={identifiersHint} className="hint">
          Renseignez le numéro RNA, le numéro SIRET, ou les deux.
        </p>
        <TextField label="Nom de l’association" autoComplete="organization" {...field('name')} />
        <TextField
          label="Numéro RNA"
          hint="La lettre W suivie de 9 chiffres, par exemple W751234567"
          spellCheck={false}
          autoCapitalize="characters"
          {...field('rna')}
        />
        <TextField label="Numéro SIRET" hint="14 chiffres, par exemple 123 456 789 00012" inputMode="numeric" spellCheck={false} {...field('siret')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>Adresse du siège</legend>
        <TextField label="Adresse" hint="Numéro et voie, par exemple 3 rue des Tanneurs" autoComplete="address-line1" {...field('addressLine')} />
        <TextField label="Code postal" inputMode="numeric" autoComplete="postal-code" className="input-short" {...field('postalCode')} />
        <TextField label="Commune" autoComplete="address-level2" {...field('city')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>Contact de l’association</legend>
        <TextField label="Courriel de contact" type="email" autoComplete="email" spellCheck={false} {...field('contactEmail')} />
        <TextField label="Téléphone (facultatif)" hint="Par exemple 01 23 45 67 89" type="tel" autoComplete="tel" {...field('contactPhone')} />
      </fieldset>
      <TextareaField
        label="Objet de l’association"
        hint="Ce que fait l’association, en quelques phrases (2 000 caractères au plus)."
        maxLength={PROFILE_OBJECT_MAX}
        {...field('object')}
      />
    </>
  );
}
