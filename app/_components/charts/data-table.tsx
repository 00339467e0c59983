"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/app/_components/link";

/** A row's first cell, which names it: words, or a link to the checks behind it. */
export type RowHead = string | { text: string; href: string; label?: string };
export type DataRow = { key: string; head: RowHead; cells: (string | number | null)[] };

/**
 * The figures behind a chart as a real table, folded away under the chart until asked for. A
 * client component on purpose: the page sends it the figures only, and it draws the rows, where a
 * server-drawn table sent every element of every row twice (once as HTML, once to hydrate it),
 * a fifth of the Trends page's bytes and of the server's time for it.
 */
export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: DataRow[] }) {
  const t = useTranslations("charts");
  return (
    <details className="rounded-md border border-slate-300 bg-white print:hidden">
      <summary className="min-h-11 cursor-pointer p-3 font-semibold text-brand-700">{t("showTable")}</summary>
      <div className="max-h-96 overflow-auto px-3 pb-3" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse text-left [&_td]:p-2 [&_tbody_th]:p-2 [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
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
              <tr key={row.key}>
                <th scope="row">
                  {typeof row.head === "string" ? (
                    row.head
                  ) : (
                    <Link href={row.head.href} aria-label={row.head.label} className="font-semibold text-brand-700 underline">
                      {row.head.text}
                    </Link>
                  )}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
