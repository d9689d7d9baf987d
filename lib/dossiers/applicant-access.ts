import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/validation/uuid';
import { DOSSIERS_PATH } from './dossier-paths';

/** The posted id only builds the return path (« Mes dossiers » for a forged one): the domain checks it again. */
export function applicantAccess(page: (dossierId: string) => string) {
  return (formData: FormData) => {
    const dossierId = formData.get('dossierId');
    return requireUser(isUuid(dossierId) ? page(dossierId) : DOSSIERS_PATH);
  };
}
