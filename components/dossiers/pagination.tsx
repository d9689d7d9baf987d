import Link from 'next/link';

type PaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string };

export function Pagination({ page, pageCount, hrefFor, label = 'Pages' }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link href={hrefFor(page - 1)}>Page précédente</Link> : null}
      <span>
        Page {page} sur {pageCount}
      </span>
      {page < pageCount ? <Link href={hrefFor(page + 1)}>Page suivante</Link> : null}
    </nav>
  );
}
