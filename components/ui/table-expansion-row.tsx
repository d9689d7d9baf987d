import type { ReactNode } from 'react';

export function TableExpansionRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr className="table-expansion">
      <td colSpan={columns}>{children}</td>
    </tr>
  );
}
