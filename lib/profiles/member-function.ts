export const MEMBER_FUNCTIONS = ['PRESIDENT', 'VICE_PRESIDENT', 'TRESORIER', 'SECRETAIRE', 'MEMBRE', 'AUTRE'] as const;

export type MemberFunctionValue = (typeof MEMBER_FUNCTIONS)[number];

export const MEMBER_FUNCTION_LABELS: Record<MemberFunctionValue, string> = {
  PRESIDENT: 'Président(e)',
  VICE_PRESIDENT: 'Vice-président(e)',
  TRESORIER: 'Trésorier(ère)',
  SECRETAIRE: 'Secrétaire',
  MEMBRE: 'Membre',
  AUTRE: 'Autre',
};

export function formatMemberFunction(value: MemberFunctionValue, detail: string | null | undefined): string {
  if (value === 'AUTRE') return detail ? detail : MEMBER_FUNCTION_LABELS.AUTRE;
  return MEMBER_FUNCTION_LABELS[value];
}
