import type { ProcedureInfoInput } from '@/lib/validation/procedure';
import { endOfParisDay, startOfParisDay } from './campaign-dates';
import { descriptionToPlainText } from './description';
import { normalizeSearchText } from './search-text';

export function procedureData(input: ProcedureInfoInput) {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    description: input.description,
    audience: input.audience,
    opensAt: startOfParisDay(input.opensOn),
    closesAt: input.closesOn ? endOfParisDay(input.closesOn) : null,
    published: input.published,
    featured: input.featured,
    featuredOrder: input.featuredOrder,
    complementResponseDays: input.complementResponseDays ?? null,
    retentionMonths: input.retentionMonths ?? null,
    processingTime: input.processingTime,
    processingTimeUnit: input.processingTimeUnit,
    searchText: normalizeSearchText(`${input.title} ${input.summary} ${descriptionToPlainText(input.description)}`),
  };
}

export const SLUG_TAKEN = 'Cet identifiant d’adresse est déjà celui d’une autre démarche : choisissez-en un autre';
