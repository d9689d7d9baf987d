import type { ProcedureAudience } from '@/lib/generated/prisma/client';

export type ProcedureCard = {
  slug: string;
  title: string;
  summary: string;
  audience: ProcedureAudience;
  opensAt: Date;
  closesAt: Date | null;
};

export const procedureCardSelect = { slug: true, title: true, summary: true, audience: true, opensAt: true, closesAt: true } as const;

export const AUDIENCE_LABELS: Record<ProcedureAudience, string> = { ASSOCIATION: 'Associations', PARTICULIER: 'Particuliers' };
