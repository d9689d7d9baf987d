import 'server-only';
import { notFound } from 'next/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { getProcedureForAdmin } from '@/lib/procedures/find-procedures-for-admin';
import { adminProcedurePath, type AdminProcedureTab } from '@/lib/procedures/procedure-paths';

export type ProcedurePageProps = { params: Promise<{ procedureId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function loadProcedure(params: ProcedurePageProps['params'], tab: AdminProcedureTab) {
  const { procedureId } = await params;
  const admin = await requireAdmin(adminProcedurePath(procedureId, tab));
  const procedure = await getProcedureForAdmin(admin, procedureId);
  if (!procedure) notFound();
  return { admin, procedure };
}

export async function procedurePageTitle(params: ProcedurePageProps['params'], tab: AdminProcedureTab, label: string) {
  const { procedure } = await loadProcedure(params, tab);
  return { title: `${label} — ${procedure.title}` };
}
