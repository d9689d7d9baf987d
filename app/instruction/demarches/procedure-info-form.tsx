'use client';

import { useEffect } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { FieldsetField } from '@/components/forms/fieldset-field';
import { SelectField } from '@/components/forms/select-field';
import { SubmitOrCancel } from '@/components/forms/submit-or-cancel';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { DEFAULT_COMPLEMENT_RESPONSE_DAYS } from '@/lib/dossiers/complement-due-date';
import { PROCESSING_TIME_UNIT_OPTIONS, type ProcessingTimeUnit } from '@/lib/procedures/processing-time';
import { slugify } from '@/lib/procedures/slug';
import { procedureInfoSchema } from '@/lib/validation/procedure';

export type ProcedureInfoValues = {
  title: string;
  slug: string;
  summary: string;
  description: string;
  audience?: 'ASSOCIATION' | 'PARTICULIER';
  opensOn: string;
  closesOn: string;
  published: boolean;
  featured: boolean;
  featuredOrder: string;
  complementResponseDays: string;
  retentionMonths: string;
  processingTime: string;
  processingTimeUnit: ProcessingTimeUnit | '';
};

type ProcedureInfoFormProps = {
  action: FormAction;
  defaultValues?: ProcedureInfoValues;
  /** A new démarche: the slug follows the title until the administrator types one. */
  isNew: boolean;
  submitLabel: string;
  cancelHref: string;
  /** Ids the action needs (the démarche edited); it checks them itself. */
  hiddenFields?: Record<string, string>;
  /** The « Durée de conservation » of a démarche that sets none (RETENTION_DOSSIER_MONTHS), in words. */
  defaultRetention: string;
};

const AUDIENCE_OPTIONS = [
  { value: 'ASSOCIATION', label: 'Associations' },
  { value: 'PARTICULIER', label: 'Particuliers' },
];

export function ProcedureInfoForm({ action, defaultValues, isNew, submitLabel, cancelHref, hiddenFields = {}, defaultRetention }: ProcedureInfoFormProps) {
  const controller = useActionForm({ schema: procedureInfoSchema, action, idPrefix: 'demarche', defaultValues });
  const { form, isPending, textField, passwordField } = controller;
  const title = form.watch('title');
  const slugTouched = form.formState.dirtyFields.slug;
  useEffect(() => {
    if (isNew && !slugTouched && typeof title === 'string') form.setValue('slug', slugify(title));
  }, [isNew, slugTouched, title, form]);

  const audience = passwordField('audience');
  const audienceValue = (form.getValues('audience') as string | undefined) ?? defaultValues?.audience;
  const checkbox = (name: 'published' | 'featured') => ({ ...passwordField(name), defaultChecked: Boolean(form.getValues(name)) });

  return (
    <ActionForm controller={controller}>
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField label="Titre" {...textField('title')} />
      <TextField
        label="Identifiant d’adresse"
        hint={
          isNew
            ? 'La fin de l’adresse de la page publique : /demarches/identifiant. Lettres minuscules sans accent, chiffres et tirets. Laissé vide, il est tiré du titre.'
            : 'La fin de l’adresse de la page publique : /demarches/identifiant. Le changer rend l’ancienne adresse introuvable.'
        }
        spellCheck={false}
        autoCapitalize="none"
        {...textField('slug')}
      />
      <TextareaField
        label="Résumé"
        hint="Une ou deux phrases, affichées dans le bandeau « Démarches à la Une » et le catalogue."
        rows={3}
        {...textField('summary')}
      />
      <TextareaField
        label="Description"
        hint={
          <>Séparez les paragraphes par une ligne vide. Une liste : une ligne par élément, commençant par « - ». Un lien : [texte du lien](https://adresse).</>
        }
        rows={12}
        {...textField('description')}
      />
      <FieldsetField id={audience.id} legend="Public concerné" error={audience.error}>
        {AUDIENCE_OPTIONS.map((option) => (
          <label key={option.value} className="choice" htmlFor={`${audience.id}-${option.value}`}>
            <input
              type="radio"
              id={`${audience.id}-${option.value}`}
              value={option.value}
              defaultChecked={audienceValue === option.value}
              {...audience.registration}
            />
            {option.label}
          </label>
        ))}
      </FieldsetField>
      <TextField label="Date d’ouverture" type="date" className="input-short" {...textField('opensOn')} />
      <TextField
        label="Date de clôture (facultatif)"
        hint="Laissez vide pour une démarche sans date limite. La démarche reste ouverte jusqu’à la fin de ce jour."
        type="date"
        className="input-short"
        {...textField('closesOn')}
      />
      <FieldsetField
        id="demarche-delai"
        legend="Délai indicatif de traitement (facultatif)"
        hint="Le temps habituel entre le dépôt d’une demande et la décision, par exemple 2 mois. Il est annoncé sur la page de la démarche et après le dépôt. Laissez les deux vides si le service ne peut pas l’annoncer."
      >
        <div className="inline-fields">
          <TextField label="Nombre" inputMode="numeric" className="input-short" {...textField('processingTime')} />
          <SelectField label="Unité" placeholder="Choisissez" options={PROCESSING_TIME_UNIT_OPTIONS} {...textField('processingTimeUnit')} />
        </div>
      </FieldsetField>
      <CheckboxField
        label="Publiée"
        hint="Visible par le public dans le catalogue et sur sa page. Il faut au moins un champ dans le formulaire."
        {...checkbox('published')}
      />
      <CheckboxField
        label="À la Une"
        hint="Affichée dans le bandeau « Démarches à la Une » de la page d’accueil pendant qu’elle est ouverte, si elle est publiée."
        {...checkbox('featured')}
      />
      <TextField
        label="Ordre dans le bandeau"
        hint="1 pour la première place, de 1 à 99."
        inputMode="numeric"
        className="input-short"
        {...textField('featuredOrder')}
      />
      <TextField
        label="Délai de réponse aux compléments (jours)"
        hint={`Propose la date limite de réponse quand un agent demande des compléments. Laissé vide : ${DEFAULT_COMPLEMENT_RESPONSE_DAYS} jours.`}
        inputMode="numeric"
        className="input-short"
        {...textField('complementResponseDays')}
      />
      <TextField
        label="Durée de conservation (mois après la décision)"
        hint={`Ensuite, les réponses, fichiers et échanges des dossiers sont supprimés ; une ligne anonyme reste pour les statistiques. Laissée vide : ${defaultRetention}.`}
        inputMode="numeric"
        className="input-short"
        {...textField('retentionMonths')}
      />
      <SubmitOrCancel pending={isPending} cancelHref={cancelHref}>
        {submitLabel}
      </SubmitOrCancel>
    </ActionForm>
  );
}
