import type { Prisma } from '@/lib/generated/prisma/client';

/** What a profile says of the association to the Département: its numbers, address and contact. */
export const profileContactSelect = {
  rna: true,
  siret: true,
  addressLine: true,
  postalCode: true,
  city: true,
  contactEmail: true,
  contactPhone: true,
} as const satisfies Prisma.ProfileSelect;

export type ProfileContact = Prisma.ProfileGetPayload<{ select: typeof profileContactSelect }>;
