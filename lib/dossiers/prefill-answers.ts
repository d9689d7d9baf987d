import { z } from 'zod';
import { isAnswerField, type FieldDefinition, type FieldType } from '@/lib/procedures/field-definitions';
import type { ProfileContact } from '@/lib/profiles/profile-contact';
import type { DraftAnswers } from './draft-answers';

// « Dites-le-nous une fois »: when a draft is created, the fields whose type says what they hold
// are filled from what Guichet already knows (decision 030). The values stay the applicant's to edit.

export type PrefillSource = 'profile' | 'account';
export type PrefilledAnswers = Record<string, { source: PrefillSource; value: string }>;

export type PrefillAccount = { firstName: string; lastName: string; email: string };

/** The viewer's own account, and the profile the dossier is filed for (null for a particulier). */
export type PrefillData = { account: PrefillAccount; profile: ProfileContact | null };

type Known = { source: PrefillSource; value: string | null } | null;

function known(type: FieldType, { account, profile }: PrefillData): Known {
  // The person filing, in both cases: « Nom et prénom » is theirs, never the association's.
  if (type === 'fullname') return { source: 'account', value: `${account.firstName} ${account.lastName}`.trim() };
  if (!profile) return type === 'email' ? { source: 'account', value: account.email } : null;
  switch (type) {
    case 'siret':
      return { source: 'profile', value: profile.siret };
    case 'rna':
      return { source: 'profile', value: profile.rna };
    case 'address':
      return { source: 'profile', value: `${profile.addressLine}, ${profile.postalCode} ${profile.city}` };
    case 'email':
      return { source: 'profile', value: profile.contactEmail };
    case 'phone':
      return { source: 'profile', value: profile.contactPhone };
    default:
      return null;
  }
}

/** Said to administrators in the builder, beside each field of a type that is prefilled. */
export const PREFILL_NOTES: Partial<Record<FieldType, string>> = {
  siret: 'Pré-rempli depuis le profil de l’association',
  rna: 'Pré-rempli depuis le profil de l’association',
  address: 'Pré-rempli depuis le profil de l’association',
  phone: 'Pré-rempli depuis le profil de l’association',
  email: 'Pré-rempli depuis le profil de l’association, ou depuis le compte pour un particulier',
  fullname: 'Pré-rempli depuis le compte du demandeur',
};

/** What to prefill: only fields without an answer, only values that exist. */
export function prefillAnswers(fields: readonly FieldDefinition[], data: PrefillData, existing: Readonly<DraftAnswers> = {}): PrefilledAnswers {
  const prefilled: PrefilledAnswers = {};
  for (const field of fields) {
    if (!isAnswerField(field) || (existing[field.id] ?? '') !== '') continue;
    const found = known(field.type, data);
    if (found?.value) prefilled[field.id] = { source: found.source, value: found.value };
  }
  return prefilled;
}

/** The draft's first answers. */
export function prefilledValues(prefilled: PrefilledAnswers): DraftAnswers {
  return Object.fromEntries(Object.entries(prefilled).map(([id, { value }]) => [id, value]));
}

const storedSchema = z.record(z.string(), z.object({ source: z.enum(['profile', 'account']), value: z.string() }));

/** The stored JSON, read back; anything malformed counts as not prefilled. */
export function readPrefilledAnswers(stored: unknown): PrefilledAnswers {
  const parsed = storedSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** Said above the draft's form, so that the applicant checks what they did not type. */
export function prefillNotice(prefilled: PrefilledAnswers): string | null {
  const sources = new Set(Object.values(prefilled).map(({ source }) => source));
  if (sources.size === 0) return null;
  const from = sources.size === 2 ? 'du profil de l’association et de votre compte' : sources.has('profile') ? 'du profil de l’association' : 'de votre compte';
  return `Certaines réponses sont déjà remplies avec les informations ${from}. Vérifiez-les : vous pouvez les modifier.`;
}
