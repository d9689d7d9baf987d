import { z } from 'zod';
import { startOfParisDay } from '@/lib/procedures/campaign-dates';

// Read from the query string of a GET form: bookmarkable, works without JavaScript.

export const AUDIT_LOG_PAGE_SIZE = 50;

export type AuditLogCursor = { createdAt: Date; id: string };

export type AuditLogFilters = {
  action?: string;
  actorEmail?: string;
  /** Inclusive, midnight in Paris. */
  from?: Date;
  /** Exclusive: midnight in Paris after the « Au » day. */
  before?: Date;
  cursor?: AuditLogCursor;
};

export type AuditLogQuery = { action: string; auteur: string; du: string; au: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight in Paris of a `YYYY-MM-DD` day (plus `addDays`), or undefined for anything else. */
export function parisMidnight(day: string, addDays = 0): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  date.setUTCDate(date.getUTCDate() + addDays);
  return startOfParisDay(date.toISOString().slice(0, 10));
}

export function encodeCursor(cursor: AuditLogCursor): string {
  return `${cursor.createdAt.toISOString()}_${cursor.id}`;
}

const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f-]{36}$/)
  .transform((value) => {
    const [iso, id] = value.split('_');
    return { createdAt: new Date(iso), id };
  })
  .refine((cursor) => !Number.isNaN(cursor.createdAt.getTime()) && z.uuid().safeParse(cursor.id).success);

export type ParsedAuditLogQuery = { filters: AuditLogFilters; values: AuditLogQuery; errors: Partial<Record<'du' | 'au', string>> };

type RawQuery = Record<string, string | undefined>;

/** Reads `action`, `auteur`, `du`, `au` and `apres` (the cursor); wrong dates are reported, not guessed. */
export function parseAuditLogQuery(query: RawQuery): ParsedAuditLogQuery {
  const text = (name: string, max: number) => (query[name] ?? '').trim().slice(0, max);
  const values: AuditLogQuery = { action: text('action', 100), auteur: text('auteur', 254).toLowerCase(), du: text('du', 10), au: text('au', 10) };
  const errors: ParsedAuditLogQuery['errors'] = {};
  const from = values.du ? parisMidnight(values.du) : undefined;
  if (values.du && !from) errors.du = 'Saisissez une date valide, par exemple 29/11/2026';
  const before = values.au ? parisMidnight(values.au, 1) : undefined;
  if (values.au && !before) errors.au = 'Saisissez une date valide, par exemple 29/11/2026';
  if (from && before && before <= from) errors.au = 'La date « Au » doit être le même jour que « Du » ou après';
  const cursor = cursorSchema.safeParse(query.apres ?? '');
  return {
    values,
    errors,
    filters: {
      action: values.action || undefined,
      actorEmail: values.auteur || undefined,
      from: errors.du ? undefined : from,
      before: errors.au ? undefined : before,
      cursor: cursor.success ? cursor.data : undefined,
    },
  };
}
