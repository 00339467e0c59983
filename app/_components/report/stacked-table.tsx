import type { ReactNode } from "react";

/**
 * A report table that scrolls sideways on its own when it must and, on a phone, reads as one block
 * per row (report-table-stacks; each cell's data-label names its column). The explicit roles keep
 * it a table to screen readers once CSS makes its rows blocks.
 */
export function StackedTable({ label, columns, children }: { label: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={label}>
      <table className="report-table report-table-stacks w-full" role="table">
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={column} scope="col" role="columnheader">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
      </table>
    </div>
  );
}
