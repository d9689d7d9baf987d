import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/validation/uuid';
import { DOSSIERS_PATH } from './dossier-paths';

/**
 * defineAction's `access` for the applicant's dossier forms: a signed-in person, otherwise
 * /connexion and then back to `page` of the posted dossier (« Mes dossiers » for an id that is
 * not one). The posted id only builds that path: the domain checks it again.
 */
export function applicantAccess(page: (dossierId: string) => string) {
  return (formData: FormData) => {
    const dossierId = formData.get('dossierId');
    return requireUser(isUuid(dossierId) ? page(dossierId) : DOSSIERS_PATH);
  };
}
