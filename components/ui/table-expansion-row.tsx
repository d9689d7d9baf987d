import type { ReactNode } from 'react';

/** A full-width row opened under another one (a confirmation, a small form about that row). */
export function TableExpansionRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr className="table-expansion">
      <td colSpan={columns}>{children}</td>
    </tr>
  );
}
