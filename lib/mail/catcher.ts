import 'server-only';
import { db } from '@/lib/db';
import type { OutboxStatus } from '@/lib/generated/prisma/client';
import { canViewCatcher } from './catcher-access';
import { isUuid } from '@/lib/validation/uuid';

// Reads of the built-in mail catcher (/dev/courriels). Every email of every user: each function
// checks access itself and answers null when the viewer may not see the catcher.

export const CAUGHT_EMAILS_PAGE_SIZE = 50;

export type CaughtEmailSummary = { id: string; createdAt: Date; to: string; subject: string; status: OutboxStatus };

export type CaughtEmailPage = { emails: CaughtEmailSummary[]; page: number; pageCount: number; total: number };

export type CaughtEmail = CaughtEmailSummary & {
  template: string;
  html: string;
  text: string;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
  messageId: string | null;
  /** The email's web links, clickable here: the HTML version is shown in a sandbox that blocks them. */
  links: string[];
  attachmentNames: string[];
};

/** Newest first, 50 a page; `page` counts from 1 and is clamped to the last page. */
export async function listCaughtEmails(page: number): Promise<CaughtEmailPage | null> {
  if (!(await canViewCatcher())) return null;
  const total = await db.outboxEmail.count();
  const pageCount = Math.max(1, Math.ceil(total / CAUGHT_EMAILS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const emails = await db.outboxEmail.findMany({
    select: { id: true, createdAt: true, to: true, subject: true, status: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * CAUGHT_EMAILS_PAGE_SIZE,
    take: CAUGHT_EMAILS_PAGE_SIZE,
  });
  return { emails, page: current, pageCount, total };
}

export async function findCaughtEmail(id: string): Promise<CaughtEmail | null> {
  if (!isUuid(id) || !(await canViewCatcher())) return null;
  const email = await db.outboxEmail.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      to: true,
      subject: true,
      status: true,
      template: true,
      html: true,
      text: true,
      attempts: true,
      sentAt: true,
      lastError: true,
      messageId: true,
      attachments: true,
    },
  });
  if (!email) return null;
  const { attachments, ...rest } = email;
  const attachmentNames = Array.isArray(attachments)
    ? attachments.flatMap((item) => (item && typeof item === 'object' && 'filename' in item && typeof item.filename === 'string' ? [item.filename] : []))
    : [];
  return { ...rest, links: extractWebLinks(email.html), attachmentNames };
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** Distinct http(s) hrefs of rendered email HTML (React escapes attributes with these entities only). */
export function extractWebLinks(html: string): string[] {
  const hrefs = Array.from(html.matchAll(/\bhref="([^"]*)"/g), (match) => match[1].replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => HTML_ENTITIES[entity]));
  return [...new Set(hrefs.filter((href) => /^https?:\/\//i.test(href)))];
}
