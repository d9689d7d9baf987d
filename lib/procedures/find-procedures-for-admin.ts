import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { ProcedureAudience, ProcessingTimeUnit } from '@/lib/generated/prisma/client';
import { assertAdmin, type Viewer } from './admin-viewer';
import type { ProcedureForm } from './field-definitions';
import { parseProcedureForm } from './procedure-versions';
import { isUuid } from '@/lib/validation/uuid';

export type AdminProcedureRow = {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  featured: boolean;
  featuredOrder: number;
  opensAt: Date;
  closesAt: Date | null;
};

export async function listProceduresForAdmin(viewer: Viewer): Promise<AdminProcedureRow[]> {
  await assertAdmin(viewer);
  return db.procedure.findMany({
    orderBy: [{ published: 'desc' }, { title: 'asc' }],
    select: { id: true, slug: true, title: true, published: true, featured: true, featuredOrder: true, opensAt: true, closesAt: true },
  });
}

export type AdminProcedure = AdminProcedureRow & {
  summary: string;
  description: string;
  audience: ProcedureAudience;
  complementResponseDays: number | null;
  retentionMonths: number | null;
  processingTime: number | null;
  processingTimeUnit: ProcessingTimeUnit | null;
  updatedAt: Date;
  version: { number: number; publishedAt: Date | null };
  form: ProcedureForm;
};

export const getProcedureForAdmin = cache(async (viewer: Viewer, procedureId: string): Promise<AdminProcedure | null> => {
  await assertAdmin(viewer);
  if (!isUuid(procedureId)) return null;
  const procedure = await db.procedure.findUnique({
    where: { id: procedureId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      audience: true,
      published: true,
      featured: true,
      featuredOrder: true,
      processingTime: true,
      processingTimeUnit: true,
      opensAt: true,
      closesAt: true,
      complementResponseDays: true,
      retentionMonths: true,
      updatedAt: true,
      versions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, publishedAt: true, fields: true, documents: true } },
    },
  });
  if (!procedure) return null;
  const { versions, ...shown } = procedure;
  const [current] = versions;
  return { ...shown, version: { number: current.number, publishedAt: current.publishedAt }, form: parseProcedureForm(current) };
});
