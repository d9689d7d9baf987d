import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { EXPORTS_PATH } from './instruction-paths';

export function dossierExportPath(procedureId: string, status?: DossierStatus): string {
  const path = `${EXPORTS_PATH}/${encodeURIComponent(procedureId)}`;
  return status ? `${path}?statut=${status}` : path;
}
