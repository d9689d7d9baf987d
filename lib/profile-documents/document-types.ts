import type { ProfileDocumentType } from '@/lib/generated/prisma/enums';

// The typed documents of an association's porte-documents, in the order the tab lists them. A RIB
// or statutes stay valid until replaced; accounts, reports and budgets are for one year, so they
// ask for « Valable jusqu'au ».

export type { ProfileDocumentType };

export type ProfileDocumentTypeInfo = { label: string; expires: boolean };

export const PROFILE_DOCUMENT_TYPES: Record<ProfileDocumentType, ProfileDocumentTypeInfo> = {
  STATUTS: { label: 'Statuts', expires: false },
  LISTE_DIRIGEANTS: { label: 'Liste des dirigeants', expires: false },
  RIB: { label: 'RIB', expires: false },
  COMPTES_APPROUVES: { label: 'Derniers comptes approuvés', expires: true },
  RAPPORT_ACTIVITE: { label: 'Rapport d’activité', expires: true },
  PROCES_VERBAL_AG: { label: 'Procès-verbal de la dernière assemblée générale', expires: true },
  BUDGET_PREVISIONNEL: { label: 'Budget prévisionnel', expires: true },
  AUTRE: { label: 'Autre', expires: false },
};

export const PROFILE_DOCUMENT_TYPE_KEYS = Object.keys(PROFILE_DOCUMENT_TYPES) as [ProfileDocumentType, ...ProfileDocumentType[]];

export const PROFILE_DOCUMENT_TYPE_OPTIONS = PROFILE_DOCUMENT_TYPE_KEYS.map((type) => ({ value: type, label: PROFILE_DOCUMENT_TYPES[type].label }));

export function profileDocumentTypeLabel(type: ProfileDocumentType): string {
  return PROFILE_DOCUMENT_TYPES[type].label;
}

/** Days before « Valable jusqu'au » when the administrators are reminded. */
export const EXPIRY_REMINDER_DAYS = 30;
