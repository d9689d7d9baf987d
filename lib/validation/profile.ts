import { z } from 'zod';
import { hiddenId } from './hidden-id';
import { MEMBER_FUNCTIONS } from '@/lib/profiles/member-function';
import { normaliseShareKey, SHARE_KEY_LENGTH } from '@/lib/profiles/share-key-code';
import { CONTROL_CHARACTERS, emailAddress } from './account';
import { isValidPostalCode, isValidRna, isValidSiret, normaliseFrenchPhone, normaliseRna, normaliseSiret } from './identifiers';

/** A one-line text: trimmed, required, bounded, no line break (names end up in email subjects). */
function lineText(missing: string, max: number, tooLong: string) {
  return z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(max, tooLong)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'Saisissez ce texte sur une seule ligne, sans caractère invisible');
}

const RNA_MESSAGE = 'Saisissez un numéro RNA valide : la lettre W suivie de 9 chiffres, par exemple W751234567';
const SIRET_MESSAGE = 'Saisissez un numéro SIRET valide : 14 chiffres, par exemple 123 456 789 00012';
const IDENTIFIER_MISSING = 'Saisissez le numéro RNA ou le numéro SIRET de l’association (au moins l’un des deux)';

const rna = z
  .string()
  .transform((value) => normaliseRna(value))
  .refine((value) => value === '' || isValidRna(value), RNA_MESSAGE)
  .transform((value) => (value === '' ? null : value));

const siret = z
  .string()
  .transform((value) => normaliseSiret(value))
  .refine((value) => value === '' || isValidSiret(value), SIRET_MESSAGE)
  .transform((value) => (value === '' ? null : value));

const PHONE_MESSAGE = 'Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89 ou +33 6 12 34 56 78';

const contactPhone = z
  .string()
  .trim()
  .refine((value) => value === '' || normaliseFrenchPhone(value) !== null, PHONE_MESSAGE)
  .transform((value) => (value === '' ? null : normaliseFrenchPhone(value)));

const PROFILE_NAME_MAX_LENGTH = 150;
const ADDRESS_LINE_MAX_LENGTH = 200;
const CITY_MAX_LENGTH = 100;
export const PROFILE_OBJECT_MAX = 2000;
const FUNCTION_DETAIL_MAX_LENGTH = 100;

const profileInfoFields = {
  name: lineText('Saisissez le nom de l’association', PROFILE_NAME_MAX_LENGTH, `Le nom doit contenir au plus ${PROFILE_NAME_MAX_LENGTH} caractères`),
  rna,
  siret,
  addressLine: lineText(
    'Saisissez l’adresse du siège (numéro et voie)',
    ADDRESS_LINE_MAX_LENGTH,
    `L’adresse doit contenir au plus ${ADDRESS_LINE_MAX_LENGTH} caractères`,
  ),
  postalCode: z
    .string('Saisissez le code postal')
    .trim()
    .min(1, 'Saisissez le code postal')
    .refine((value) => value === '' || isValidPostalCode(value), 'Saisissez un code postal de 5 chiffres, par exemple 75001'),
  city: lineText('Saisissez la commune', CITY_MAX_LENGTH, `La commune doit contenir au plus ${CITY_MAX_LENGTH} caractères`),
  contactEmail: emailAddress('Saisissez le courriel de contact de l’association'),
  contactPhone,
  object: z
    .string('Décrivez l’objet de l’association')
    .trim()
    .min(1, 'Décrivez l’objet de l’association')
    .max(PROFILE_OBJECT_MAX, `L’objet doit contenir au plus ${PROFILE_OBJECT_MAX} caractères`),
};

const FUNCTION_MISSING = 'Choisissez votre fonction dans la liste';
const DETAIL_MISSING = 'Précisez la fonction';

const functionFields = {
  function: z.enum(MEMBER_FUNCTIONS, FUNCTION_MISSING),
  functionDetail: z
    .string()
    .trim()
    .max(FUNCTION_DETAIL_MAX_LENGTH, `La précision doit contenir au plus ${FUNCTION_DETAIL_MAX_LENGTH} caractères`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'Saisissez ce texte sur une seule ligne, sans caractère invisible')
    .optional(),
};

type WithIdentifiers = { rna: string | null; siret: string | null };
type WithFunction = { function: (typeof MEMBER_FUNCTIONS)[number]; functionDetail?: string };

function requireIdentifier(form: WithIdentifiers, context: z.RefinementCtx) {
  if (!form.rna && !form.siret) context.addIssue({ code: 'custom', path: ['rna'], message: IDENTIFIER_MISSING });
}

function requireDetailForOther(form: WithFunction, context: z.RefinementCtx) {
  if (form.function === 'AUTRE' && !form.functionDetail) {
    context.addIssue({ code: 'custom', path: ['functionDetail'], message: DETAIL_MISSING });
  }
}

/** The detail is kept only for « Autre »: a stale one typed before changing the choice is dropped. */
function keepDetailForOther<T extends WithFunction>(form: T): Omit<T, 'functionDetail'> & { functionDetail: string | null } {
  return { ...form, functionDetail: form.function === 'AUTRE' ? (form.functionDetail ?? null) : null };
}

/**
 * A cross-field rule runs once the fields it reads are valid, even when other fields are not
 * (zod skips it by default after any aborting issue): an empty form then gets every message at once.
 */
function whenValid(...fields: string[]) {
  return { when: (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))) };
}

export const profileInfoSchema = z.object({ profileId: hiddenId, ...profileInfoFields }).superRefine(requireIdentifier, whenValid('rna', 'siret'));

export const createProfileSchema = z
  .object({ ...profileInfoFields, ...functionFields })
  .superRefine(requireIdentifier, whenValid('rna', 'siret'))
  .superRefine(requireDetailForOther, whenValid('function', 'functionDetail'))
  .transform(keepDetailForOther);

const SHARE_KEY_FORMAT = `Saisissez la clé telle qu’elle vous a été transmise : ${SHARE_KEY_LENGTH} lettres et chiffres, par exemple 7K3M-Q9XD-2B8F-…`;

export const joinProfileSchema = z
  .object({
    key: z
      .string('Saisissez la clé de partage')
      .trim()
      .min(1, 'Saisissez la clé de partage')
      .refine((value) => value === '' || normaliseShareKey(value) !== null, SHARE_KEY_FORMAT)
      .transform((value) => normaliseShareKey(value)!),
    ...functionFields,
  })
  .superRefine(requireDetailForOther, whenValid('function', 'functionDetail'))
  .transform(keepDetailForOther);

export const memberFunctionSchema = z
  .object({ profileId: hiddenId, membershipId: hiddenId, ...functionFields })
  .superRefine(requireDetailForOther, whenValid('function', 'functionDetail'))
  .transform(keepDetailForOther);

export const memberTargetSchema = z.object({ profileId: hiddenId, membershipId: hiddenId });

export const shareKeyTargetSchema = z.object({ profileId: hiddenId, shareKeyId: hiddenId });

export const profileTargetSchema = z.object({ profileId: hiddenId });

export type ProfileInfoInput = z.output<typeof profileInfoSchema>;
export type CreateProfileInput = z.output<typeof createProfileSchema>;
export type JoinProfileInput = z.output<typeof joinProfileSchema>;
export type MemberFunctionInput = z.output<typeof memberFunctionSchema>;
export type MemberTargetInput = z.output<typeof memberTargetSchema>;
export type ShareKeyTargetInput = z.output<typeof shareKeyTargetSchema>;
