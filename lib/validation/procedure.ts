import { frenchSpacing } from '@/lib/format/french-spacing';
import { z } from 'zod';
import { hiddenId, optionalHidden } from './hidden-id';
import { profileDocumentTypeSchema } from './profile-document';
import { COMPLEMENT_RESPONSE_DAYS_MAX } from '@/lib/dossiers/complement-due-date';
import { checkProcessingTime, processingTimeColumns, processingTimeShape } from './processing-time';
import { parseFrenchNumber } from '@/lib/format/number';
import { parseDateAnswer } from '@/lib/procedures/answers-schema';
import { DESCRIPTION_MAX_LENGTH } from '@/lib/procedures/description';
import { FIELD_TYPES, fieldDraftSchema, helpSchema, itemIdSchema, labelSchema, type FieldType } from '@/lib/procedures/field-definitions';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '@/lib/procedures/slug';

// What a form posts (strings, « on » for a ticked box) becomes the domain's types here; the
// definitions' own rules (lib/procedures/field-definitions.ts) apply after.

/** A ticked checkbox posts « on »; react-hook-form holds a boolean. */
const checkbox = z
  .union([z.literal('on'), z.boolean(), z.literal('')])
  .optional()
  .transform((value) => value === 'on' || value === true);

function requiredText(missing: string, max: number, tooLong: string) {
  return z.string(missing).trim().min(1, missing).max(max, tooLong);
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

/** A date input's value (or a date typed as 31/12/2026), as YYYY-MM-DD; null when left empty and allowed. */
function day(missing: string | null) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) {
        if (missing) context.addIssue({ code: 'custom', message: missing });
        return null;
      }
      const parsed = parseDateAnswer(value);
      if (!parsed)
        context.addIssue({
          code: 'custom',
          message: missing ? 'Saisissez une date valide, par exemple 31/12/2026' : 'Saisissez une date valide, par exemple 31/12/2026, ou laissez vide',
        });
      return parsed;
    });
}

export const COMPLEMENT_DAYS_INVALID = `Saisissez un nombre entier de jours entre 1 et ${COMPLEMENT_RESPONSE_DAYS_MAX}, ou laissez vide`;

/** « Délai de réponse aux compléments (jours) »: empty means the default (null in the database). */
export const RETENTION_MONTHS_MAX = 1200;
export const RETENTION_MONTHS_INVALID = `Saisissez un nombre entier de mois entre 1 et ${RETENTION_MONTHS_MAX}, ou laissez vide`;

/** « Durée de conservation » in months after the decision; empty: the default of lib/retention/retention-rules.ts. */
const retentionMonths = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= RETENTION_MONTHS_MAX), RETENTION_MONTHS_INVALID)
  .transform((value) => (value ? Number(value) : null));

const complementDays = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= COMPLEMENT_RESPONSE_DAYS_MAX), COMPLEMENT_DAYS_INVALID)
  .transform((value) => (value ? Number(value) : null));

export const AUDIENCES = ['ASSOCIATION', 'PARTICULIER'] as const;

const PROCEDURE_TITLE_MAX_LENGTH = 150;
const PROCEDURE_SUMMARY_MAX_LENGTH = 300;

export const procedureInfoSchema = z
  .object({
    title: requiredText(
      'Saisissez le titre de la démarche',
      PROCEDURE_TITLE_MAX_LENGTH,
      `Le titre doit contenir au plus ${PROCEDURE_TITLE_MAX_LENGTH} caractères`,
    )
      .refine((value) => !/[\r\n]/.test(value), 'Saisissez le titre sur une seule ligne')
      .transform(frenchSpacing),
    slug: z.string().trim().toLowerCase().optional(),
    summary: requiredText(
      'Saisissez le résumé de la démarche',
      PROCEDURE_SUMMARY_MAX_LENGTH,
      `Le résumé doit contenir au plus ${PROCEDURE_SUMMARY_MAX_LENGTH} caractères`,
    ).transform((value) => frenchSpacing(value.replace(/[ \t\r\n]+/g, ' '))),
    description: requiredText(
      'Saisissez la description de la démarche',
      DESCRIPTION_MAX_LENGTH,
      `La description doit contenir au plus ${DESCRIPTION_MAX_LENGTH.toLocaleString('fr-FR')} caractères`,
    ).transform(frenchSpacing),
    audience: z.enum(AUDIENCES, 'Choisissez le public concerné'),
    opensOn: day('Saisissez la date d’ouverture').transform((value) => value as string),
    closesOn: day(null),
    published: checkbox,
    featured: checkbox,
    featuredOrder: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || (/^\d{1,2}$/.test(value) && Number(value) >= 1), 'Saisissez un nombre entier entre 1 et 99')
      .transform((value) => (value ? Number(value) : 1)),
    // Optional in the output too: callers that build an input by hand need not know it.
    complementResponseDays: complementDays.optional(),
    retentionMonths: retentionMonths.optional(),
    ...processingTimeShape,
  })
  // Without a slug typed (or without JavaScript to suggest one), the title gives it.
  .transform((form) => ({ ...form, slug: form.slug || slugify(form.title) }))
  .superRefine((form, context) => {
    if (!form.slug) {
      context.addIssue({ code: 'custom', path: ['slug'], message: 'Saisissez l’identifiant d’adresse, par exemple aide-aux-associations' });
    } else if (form.slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(form.slug)) {
      context.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `Saisissez l’identifiant en lettres minuscules sans accent, chiffres et tirets (${SLUG_MAX_LENGTH} caractères au plus), par exemple aide-aux-associations`,
      });
    }
    if (form.closesOn && form.closesOn < form.opensOn) {
      context.addIssue({ code: 'custom', path: ['closesOn'], message: 'La date de clôture doit être le jour de l’ouverture ou après' });
    }
    checkProcessingTime(form, context);
  })
  .transform((form) => ({ ...form, ...processingTimeColumns(form) }));

export type ProcedureInfoInput = z.output<typeof procedureInfoSchema>;

/** The builder's per-type options, as typed; `toFieldDraft` keeps those of the chosen type. */
const fieldFormShape = {
  type: z.enum(FIELD_TYPES, 'Choisissez le type du champ'),
  label: z.string().optional(),
  help: optionalText,
  required: checkbox,
  maxLength: z.string().trim().optional(),
  min: z.string().trim().optional(),
  max: z.string().trim().optional(),
  integer: checkbox,
  choices: z.string().optional(),
};

type FieldForm = z.output<z.ZodObject<typeof fieldFormShape>>;

const NUMBER_MESSAGE = 'Saisissez un nombre, par exemple 1500, ou laissez vide';
const DATE_MESSAGE = 'Saisissez une date valide, par exemple 31/12/2026, ou laissez vide';

function bound(form: FieldForm, name: 'min' | 'max', context: z.RefinementCtx): number | string | undefined {
  const text = form[name];
  if (!text) return undefined;
  const value = form.type === 'date' ? parseDateAnswer(text) : parseFrenchNumber(text);
  if (value === null) context.addIssue({ code: 'custom', path: [name], message: form.type === 'date' ? DATE_MESSAGE : NUMBER_MESSAGE });
  return value ?? undefined;
}

function toFieldDraft(form: FieldForm, context: z.RefinementCtx): Record<string, unknown> {
  // What administrators type is shown to everyone: it gets French spacing like the product's texts.
  const base = { type: form.type, label: frenchSpacing(form.label ?? ''), help: form.help && frenchSpacing(form.help) };
  const type: FieldType = form.type;
  switch (type) {
    case 'section':
      return base;
    case 'text':
    case 'paragraph': {
      const maxLength = form.maxLength ? Number(form.maxLength) : undefined;
      if (form.maxLength && !/^\d+$/.test(form.maxLength)) {
        context.addIssue({ code: 'custom', path: ['maxLength'], message: 'Saisissez un nombre entier de caractères, ou laissez vide' });
      }
      return { ...base, required: form.required, maxLength };
    }
    case 'number':
      return { ...base, required: form.required, min: bound(form, 'min', context), max: bound(form, 'max', context), integer: form.integer || undefined };
    case 'amount':
    case 'date':
      return { ...base, required: form.required, min: bound(form, 'min', context), max: bound(form, 'max', context) };
    case 'choice': {
      const choices = (form.choices ?? '')
        .split(/\r?\n/)
        .map((line) => frenchSpacing(line.trim()))
        .filter(Boolean);
      return { ...base, required: form.required, choices };
    }
    default:
      return { ...base, required: form.required };
  }
}

export const fieldFormSchema = z.object(fieldFormShape).transform(toFieldDraft).pipe(fieldDraftSchema);

export const documentFormSchema = z.object({
  label: labelSchema.transform(frenchSpacing),
  help: optionalText.pipe(helpSchema).transform((help) => help && frenchSpacing(help)),
  required: checkbox,
  // « Document de l'association »: empty when the document is not one of the porte-documents.
  profileDocumentType: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(profileDocumentTypeSchema.optional()),
});

// What a builder form acts on comes from hidden fields (the actions' `targets`); a new item has no `itemId`.
const procedureId = hiddenId;
const itemId = optionalHidden(itemIdSchema);

export const updateProcedureInfoSchema = z.object({ procedureId }).and(procedureInfoSchema);

export const saveFieldSchema = z.object({ procedureId, itemId }).and(fieldFormSchema.transform((draft) => ({ draft })));

export const saveDocumentSchema = z.object({ procedureId, itemId }).and(documentFormSchema.transform((draft) => ({ draft })));

export const moveItemSchema = z.object({ procedureId, itemId: itemIdSchema, direction: z.enum(['up', 'down']) });

export const removeItemSchema = z.object({ procedureId, itemId: itemIdSchema });
