import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { ProcedureAudience } from '@/lib/generated/prisma/client';
import { processingTimeOf, type ProcessingTime } from './processing-time';
import { documentListSchema, type DocumentDefinition } from './field-definitions';

export type PublicProcedure = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  audience: ProcedureAudience;
  opensAt: Date;
  closesAt: Date | null;
  /** Null: the department states no indicative processing time. */
  processingTime: ProcessingTime | null;
  documents: DocumentDefinition[];
};

export const getPublishedProcedure = cache(async (slug: string): Promise<PublicProcedure | null> => {
  const procedure = await db.procedure.findFirst({
    where: { slug, published: true },
    select: {
      slug: true,
      title: true,
      summary: true,
      description: true,
      audience: true,
      opensAt: true,
      closesAt: true,
      processingTime: true,
      processingTimeUnit: true,
      versions: { orderBy: { number: 'desc' }, take: 1, select: { documents: true } },
    },
  });
  if (!procedure) return null;
  const { versions, processingTime, processingTimeUnit, ...shown } = procedure;
  return { ...shown, processingTime: processingTimeOf(processingTime, processingTimeUnit), documents: documentListSchema.parse(versions[0]?.documents ?? []) };
});
