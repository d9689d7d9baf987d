import { z } from 'zod';
import { formatEuros, formatNumber, parseFrenchNumber } from '@/lib/format/number';
import { isValidRna, isValidSiret, normaliseFrenchPhone, normaliseRna, normaliseSiret } from '@/lib/validation/identifiers';
import { EMAIL_MAX_LENGTH } from '@/lib/validation/account';
import { isAnswerField, PARAGRAPH_MAX_LENGTH, TEXT_MAX_LENGTH, type AnswerField, type FieldDefinition, type FieldOf } from './field-definitions';

// The same rules in the browser and on the server: form strings (« oui »/« non » for yes/no) in, typed
// values keyed by field id out; an empty optional answer is null.

export type AnswerValue = string | number | boolean;
export type Answers = Record<string, AnswerValue | null>;

type Check = { value: AnswerValue } | { error: string };

const ADDRESS_MAX_LENGTH = 500;
const FULL_NAME_MAX_LENGTH = 200;

function quoted(field: AnswerField): string {
  return `« ${field.label} »`;
}

function missingMessage(field: AnswerField): string {
  return field.type === 'choice' || field.type === 'yesno' ? `Choisissez une réponse pour ${quoted(field)}` : `Renseignez ${quoted(field)}`;
}

function checkLength(field: AnswerField, text: string, limit: number): Check {
  return text.length > limit ? { error: `${quoted(field)} doit contenir au plus ${formatNumber(limit)} caractères` } : { value: text };
}

function checkNumber(field: FieldOf<'number'>, text: string): Check {
  const value = parseFrenchNumber(text);
  if (value === null) return { error: `${quoted(field)} doit être un nombre, par exemple 12 ou 12,5` };
  if (field.integer && !Number.isInteger(value)) return { error: `${quoted(field)} doit être un nombre entier` };
  if (field.min !== undefined && value < field.min) return { error: `${quoted(field)} doit être supérieur ou égal à ${formatNumber(field.min)}` };
  if (field.max !== undefined && value > field.max) return { error: `${quoted(field)} doit être inférieur ou égal à ${formatNumber(field.max)}` };
  return { value };
}

function checkAmount(field: FieldOf<'amount'>, text: string): Check {
  const value = parseFrenchNumber(text);
  if (value === null) return { error: `${quoted(field)} doit être un montant en euros, par exemple 1500 ou 1500,50` };
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return { error: `${quoted(field)} a au plus 2 chiffres après la virgule (les centimes)` };
  const min = field.min ?? 0;
  if (value < min) return { error: min === 0 ? `${quoted(field)} ne peut pas être négatif` : `${quoted(field)} doit être d’au moins ${formatEuros(min)}` };
  if (field.max !== undefined && value > field.max) return { error: `${quoted(field)} doit être d’au plus ${formatEuros(field.max)}` };
  return { value: Math.round(value * 100) / 100 };
}

/** « 2026-12-31 » (date input) or « 31/12/2026 » (typed where the browser has no date picker). */
export function parseDateAnswer(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2].padStart(2, '0'), french[1].padStart(2, '0')] : [];
  if (!year) return null;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  // 31/02 parses as 3 March: compare back to refuse dates that do not exist.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return null;
  return `${year}-${month}-${day}`;
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function checkDate(field: FieldOf<'date'>, text: string): Check {
  const value = parseDateAnswer(text);
  if (!value) return { error: `${quoted(field)} doit être une date valide, par exemple 31/12/2026` };
  if (field.min && value < field.min) return { error: `${quoted(field)} doit être le ${frenchDate(field.min)} ou après` };
  if (field.max && value > field.max) return { error: `${quoted(field)} doit être le ${frenchDate(field.max)} ou avant` };
  return { value };
}

const emailFormat = z.email();

function checkAnswer(field: AnswerField, text: string): Check {
  switch (field.type) {
    case 'text':
      return checkLength(field, text, field.maxLength ?? TEXT_MAX_LENGTH);
    case 'paragraph':
      return checkLength(field, text, field.maxLength ?? PARAGRAPH_MAX_LENGTH);
    case 'address':
      return checkLength(field, text, ADDRESS_MAX_LENGTH);
    case 'fullname':
      return checkLength(field, text, FULL_NAME_MAX_LENGTH);
    case 'number':
      return checkNumber(field, text);
    case 'amount':
      return checkAmount(field, text);
    case 'date':
      return checkDate(field, text);
    case 'email': {
      const email = text.toLowerCase();
      return email.length <= EMAIL_MAX_LENGTH && emailFormat.safeParse(email).success
        ? { value: email }
        : { error: `Saisissez une adresse courriel valide pour ${quoted(field)}, par exemple nom@exemple.fr` };
    }
    case 'phone': {
      const phone = normaliseFrenchPhone(text);
      return phone ? { value: phone } : { error: `Saisissez un numéro de téléphone valide pour ${quoted(field)}, par exemple 01 23 45 67 89` };
    }
    case 'choice':
      return field.choices.includes(text) ? { value: text } : { error: `Choisissez une des réponses proposées pour ${quoted(field)}` };
    case 'yesno':
      return text === 'oui' ? { value: true } : text === 'non' ? { value: false } : { error: `Répondez « Oui » ou « Non » à ${quoted(field)}` };
    case 'siret': {
      const siret = normaliseSiret(text);
      return isValidSiret(siret)
        ? { value: siret }
        : { error: `Saisissez un numéro SIRET valide pour ${quoted(field)} : 14 chiffres, par exemple 123 456 789 00012` };
    }
    case 'rna': {
      const rna = normaliseRna(text);
      return isValidRna(rna)
        ? { value: rna }
        : { error: `Saisissez un numéro RNA valide pour ${quoted(field)} : la lettre W suivie de 9 chiffres, par exemple W751234567` };
    }
  }
}

function asText(raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'boolean') return raw ? 'oui' : 'non';
  return '';
}

function answerSchema(field: AnswerField) {
  return z.unknown().transform((raw, context): AnswerValue | null => {
    const text = asText(raw);
    if (text === '') {
      if (field.required) context.addIssue({ code: 'custom', message: missingMessage(field) });
      return null;
    }
    const check = checkAnswer(field, text);
    if ('error' in check) {
      context.addIssue({ code: 'custom', message: check.error });
      return null;
    }
    return check.value;
  });
}

/** A zod schema of the answers to `fields`; unknown keys are dropped, errors are keyed by field id. */
export function buildAnswersSchema(fields: readonly FieldDefinition[]) {
  const shape: Record<string, ReturnType<typeof answerSchema>> = {};
  for (const field of fields) {
    if (isAnswerField(field)) shape[field.id] = answerSchema(field);
  }
  // Every key present (an unanswered question posts nothing at all): each schema then decides.
  const complete = (input: unknown) => {
    const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.keys(shape).map((id) => [id, source[id] ?? '']));
  };
  return z.preprocess(complete, z.object(shape)) as unknown as z.ZodType<Answers, Record<string, unknown>>;
}
