import Link from 'next/link';
import { formatLongDate } from '@/lib/format/date';
import { AUDIENCE_LABELS, type ProcedureCard } from '@/lib/procedures/procedure-card';

export function closingLine(closesAt: Date | null): string {
  return closesAt ? `Date limite : ${formatLongDate(closesAt)}` : 'Sans date limite';
}

export function ProcedureCards({ cards, headingLevel = 3 }: { cards: readonly ProcedureCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="procedure-cards">
      {cards.map((card) => (
        <li key={card.slug} className="procedure-card">
          <Heading className="procedure-card__title">
            <Link href={`/demarches/${card.slug}`}>{card.title}</Link>
          </Heading>
          <p>{card.summary}</p>
          <p className="procedure-card__meta">
            <span className="tag">
              <span className="visually-hidden">Public concerné : </span>
              {AUDIENCE_LABELS[card.audience]}
            </span>
            <span>{closingLine(card.closesAt)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
