import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The figures behind a chart as a real table, folded away under the chart until asked for. */
export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  const t = useTranslations("charts");
  return (
    <details className="rounded-md border border-slate-300 bg-white print:hidden">
      <summary className="min-h-11 cursor-pointer p-3 font-semibold text-brand-700">{t("showTable")}</summary>
      <div className="max-h-96 overflow-auto px-3 pb-3" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col" className="sticky top-0 border-b-2 border-slate-400 bg-white p-2">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-200">
                {row.cells.map((cell, index) => (index === 0 ? <th key={index} scope="row" className="p-2 font-normal">{cell}</th> : <td key={index} className="p-2">{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
