import { isComplementOverdue } from '@/lib/dossiers/complement-due-date';
import { formatLongDate } from '@/lib/format/date';

/** The date to answer a request for compléments by. Past it, nothing is blocked: the page only says so. */
export function ComplementDueDate({ dueAt, now = new Date() }: { dueAt: Date; now?: Date }) {
  const date = formatLongDate(dueAt);
  if (isComplementOverdue(dueAt, now)) {
    return (
      <p className="complement-due complement-due--past">
        <strong>La date limite de réponse, le {date}, est passée.</strong> Vous pouvez encore répondre : transmettez votre réponse dès que possible.
      </p>
    );
  }
  return (
    <p className="complement-due">
      Merci de répondre avant le <strong>{date}</strong>.
    </p>
  );
}
