import { z } from 'zod';
import { PROFILE_DOCUMENT_TYPE_KEYS } from '@/lib/profile-documents/document-types';

// Stored as JSON in ProcedureVersion and shared with the browser (no server-only): every definition
// is parsed with these schemas when written AND when read back.

export const FIELD_TYPES = [
  'text',
  'paragraph',
  'number',
  'amount',
  'date',
  'email',
  'phone',
  'choice',
  'yesno',
  'siret',
  'rna',
  'address',
  'fullname',
  'section',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Texte court',
  paragraph: 'Texte long',
  number: 'Nombre',
  amount: 'Montant en euros',
  date: 'Date',
  email: 'Courriel',
  phone: 'Téléphone',
  choice: 'Choix dans une liste',
  yesno: 'Oui / non',
  siret: 'Numéro SIRET',
  rna: 'Numéro RNA',
  address: 'Adresse',
  fullname: 'Nom et prénom',
  section: 'Titre de section',
};

export const MAX_FIELDS = 100;
export const MAX_DOCUMENTS = 30;
export const MAX_CHOICES = 50;
export const TEXT_MAX_LENGTH = 500;
export const PARAGRAPH_MAX_LENGTH = 10_000;
/** Amounts are bounded so that every one fits a Postgres numeric(12,2) and a French reader's eye. */
export const AMOUNT_LIMIT = 100_000_000;

/** Stable key of a field's answer: kept when the label changes (answers and exports use it). */
export const itemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Identifiant de champ invalide')
  .max(60, 'Identifiant de champ invalide');

export const labelSchema = z
  .string('Saisissez le libellé')
  .trim()
  .min(1, 'Saisissez le libellé')
  .max(200, 'Le libellé doit contenir au plus 200 caractères')
  .refine((value) => !/[\r\n]/.test(value), 'Saisissez le libellé sur une seule ligne');

export const helpSchema = z.string().trim().max(1000, 'L’aide doit contenir au plus 1 000 caractères').optional();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Saisissez une date complète, par exemple 31/12/2026')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Saisissez une date qui existe');

const common = { label: labelSchema, help: helpSchema, required: z.boolean() };

function maxLength(limit: number) {
  return z
    .number()
    .int('La longueur maximale est un nombre entier de caractères')
    .min(1, 'La longueur maximale doit être d’au moins 1 caractère')
    .max(limit, `La longueur maximale ne peut dépasser ${limit.toLocaleString('fr-FR')} caractères`)
    .optional();
}

const finite = z.number('Saisissez un nombre');
const euros = z
  .number()
  .min(0, 'Un montant ne peut pas être négatif')
  .max(AMOUNT_LIMIT, 'Ce montant est trop élevé')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'Un montant a au plus 2 décimales (les centimes)');

const choice = z.string().trim().min(1, 'Un choix ne peut pas être vide').max(200, 'Chaque choix doit contenir au plus 200 caractères');

const definitionSchemas = [
  z.object({ ...common, type: z.literal('text'), maxLength: maxLength(TEXT_MAX_LENGTH) }),
  z.object({ ...common, type: z.literal('paragraph'), maxLength: maxLength(PARAGRAPH_MAX_LENGTH) }),
  z.object({ ...common, type: z.literal('number'), min: finite.optional(), max: finite.optional(), integer: z.boolean().optional() }),
  z.object({ ...common, type: z.literal('amount'), min: euros.optional(), max: euros.optional() }),
  z.object({ ...common, type: z.literal('date'), min: isoDate.optional(), max: isoDate.optional() }),
  z.object({ ...common, type: z.literal('email') }),
  z.object({ ...common, type: z.literal('phone') }),
  z.object({
    ...common,
    type: z.literal('choice'),
    choices: z
      .array(choice)
      .min(2, 'Saisissez au moins 2 choix, un par ligne')
      .max(MAX_CHOICES, `Saisissez au plus ${MAX_CHOICES} choix`)
      .refine((choices) => new Set(choices).size === choices.length, 'Chaque choix doit être différent des autres'),
    multiple: z.literal(false).optional(),
  }),
  z.object({ ...common, type: z.literal('yesno') }),
  z.object({ ...common, type: z.literal('siret') }),
  z.object({ ...common, type: z.literal('rna') }),
  z.object({ ...common, type: z.literal('address') }),
  // The applicant's own name: prefilled from the account (lib/dossiers/prefill-answers.ts).
  z.object({ ...common, type: z.literal('fullname') }),
  // A heading between groups of fields: no answer, never required.
  z.object({ type: z.literal('section'), label: labelSchema, help: helpSchema, required: z.literal(false).default(false) }),
] as const;

type Bounded = { type: FieldType; min?: number | string; max?: number | string };

/** min ≤ max, reported on `max` (the builder's input of that name). */
function checkBounds(field: Bounded, context: z.RefinementCtx) {
  if (field.min === undefined || field.max === undefined) return;
  if (field.min > field.max) {
    const message =
      field.type === 'date' ? 'La date maximale doit être après la date minimale' : 'La valeur maximale doit être supérieure ou égale à la valeur minimale';
    context.addIssue({ code: 'custom', path: ['max'], message });
  }
}

/** A field as the builder describes it; the server gives it its id. */
export const fieldDraftSchema = z.discriminatedUnion('type', definitionSchemas, 'Choisissez le type du champ').superRefine(checkBounds);
export const fieldDefinitionSchema = z.intersection(z.object({ id: itemIdSchema }), fieldDraftSchema);

export type FieldDraft = z.output<typeof fieldDraftSchema>;
export type FieldDefinition = z.output<typeof fieldDefinitionSchema>;
export type FieldOf<T extends FieldType> = Extract<FieldDefinition, { type: T }>;
export type AnswerField = Exclude<FieldDefinition, { type: 'section' }>;

/** `profileDocumentType`: the porte-documents type it is (« Statuts »), proposed already attached when filing for a profile. */
export const documentDraftSchema = z.object({
  label: labelSchema,
  help: helpSchema,
  required: z.boolean(),
  profileDocumentType: z.enum(PROFILE_DOCUMENT_TYPE_KEYS, 'Choisissez un type de document de la liste').optional(),
});
export const documentDefinitionSchema = documentDraftSchema.extend({ id: itemIdSchema });

export type DocumentDraft = z.output<typeof documentDraftSchema>;
export type DocumentDefinition = z.output<typeof documentDefinitionSchema>;

function uniqueIds(items: { id: string }[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `Identifiant en double : ${item.id}` });
    seen.add(item.id);
  }
}

export const fieldListSchema = z.array(fieldDefinitionSchema).max(MAX_FIELDS, `Un formulaire a au plus ${MAX_FIELDS} champs`).superRefine(uniqueIds);
export const documentListSchema = z
  .array(documentDefinitionSchema)
  .max(MAX_DOCUMENTS, `Une démarche demande au plus ${MAX_DOCUMENTS} pièces justificatives`)
  .superRefine(uniqueIds);

export type ProcedureForm = { fields: FieldDefinition[]; documents: DocumentDefinition[] };

export function isAnswerField(field: FieldDefinition): field is AnswerField {
  return field.type !== 'section';
}
