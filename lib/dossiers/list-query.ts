import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DOSSIER_STATUS_LABELS } from './status';

// The query string of the dossier lists (?statut=…&page=…): anything unexpected is ignored.

export function parseStatusParam(value: string | undefined): DossierStatus | undefined {
  return value && Object.hasOwn(DOSSIER_STATUS_LABELS, value) ? (value as DossierStatus) : undefined;
}

export function parsePageParam(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export function listHref(path: string, status: DossierStatus | undefined, page: number): string {
  return `${path}?${new URLSearchParams({ ...(status ? { statut: status } : {}), page: String(page) })}`;
}
