import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { createUser } from '@/test/factories/users';
import type { ProcedureInfoInput } from '@/lib/validation/procedure';
import type { Viewer } from '@/lib/procedures/admin-viewer';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { createProcedure } from '@/lib/procedures/create-procedure';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';

// Helpers for the integration tests of démarches: unique data per test (no truncation).

export const context = { ip: '198.51.100.7' };

export async function createViewer(role: Role = 'ADMIN'): Promise<Viewer> {
  const { id } = await createUser(db, { firstName: 'Alex', lastName: 'Admin', role });
  return { id, role };
}

export function uniqueSlug(prefix = 'demarche'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

const DAY = 24 * 60 * 60 * 1000;

export function daysFromNow(days: number): string {
  return toParisDay(new Date(Date.now() + days * DAY));
}

export function procedureInfo(overrides: Partial<ProcedureInfoInput> = {}): ProcedureInfoInput {
  return {
    title: 'Aide aux projets culturels',
    slug: uniqueSlug(),
    summary: 'Soutenir les projets culturels des associations.',
    description: 'Le Département soutient la culture.',
    audience: 'ASSOCIATION',
    opensOn: daysFromNow(-10),
    closesOn: daysFromNow(60),
    published: false,
    featured: false,
    featuredOrder: 1,
    processingTime: null,
    processingTimeUnit: null,
    ...overrides,
  };
}

export const sampleForm: ProcedureForm = {
  fields: [
    { id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true },
    { id: 'montant', type: 'amount', label: 'Montant demandé', required: true, min: 100 },
  ],
  documents: [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }],
};

/** A démarche made by a new administrator; returns its id and that administrator. */
export async function createTestProcedure(overrides: Partial<ProcedureInfoInput> = {}, form: ProcedureForm = sampleForm) {
  const admin = await createViewer('ADMIN');
  const result = await createProcedure(admin, procedureInfo(overrides), context, form);
  if (!result.ok || !result.data) throw new Error(`createProcedure a échoué : ${JSON.stringify(result)}`);
  return { id: result.data.id, admin };
}
