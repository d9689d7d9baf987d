export const ADMIN_PROCEDURES_PATH = '/instruction/demarches';
export const NEW_PROCEDURE_PATH = `${ADMIN_PROCEDURES_PATH}/nouveau`;

export type AdminProcedureTab = 'informations' | 'formulaire' | 'pieces-justificatives' | 'apercu';

export function adminProcedurePath(procedureId: string, tab: AdminProcedureTab = 'informations'): string {
  return tab === 'informations' ? `${ADMIN_PROCEDURES_PATH}/${procedureId}` : `${ADMIN_PROCEDURES_PATH}/${procedureId}/${tab}`;
}

export function publicProcedurePath(slug: string): string {
  return `/demarches/${slug}`;
}

/** A tab of the builder with what it says (`?succes=…`) and the item to come back to (`#champ-…`). */
export function adminProcedureTabPath(procedureId: string, tab: AdminProcedureTab, query: Record<string, string>, anchor?: string): string {
  return `${adminProcedurePath(procedureId, tab)}?${new URLSearchParams(query)}${anchor ? `#${anchor}` : ''}`;
}
