import { getTranslations } from "next-intl/server";
import { DateField } from "@/app/_components/date-field";
import { Link } from "@/app/_components/link";
import { RANGE_PRESETS, type DateRange, type TrendsParams } from "@/lib/trends/range";
import { trendsHref } from "./trends-href";
import { Button } from "@/app/_components/button";

/** Presets as links (the current one marked), and a plain GET form for a custom range. */
export async function RangePicker({ params, range }: { params: TrendsParams; range: DateRange }) {
  const t = await getTranslations("trends");
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <nav aria-label={t("rangeLabel")}>
        <ul className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          {RANGE_PRESETS.map((preset) => (
            <li key={preset}>
              <Link
                href={trendsHref(params, { range: preset, from: null, to: null })}
                aria-current={range.preset === preset ? "page" : undefined}
                className={`flex min-h-12 items-center justify-center rounded-md border-2 px-4 font-semibold ${range.preset === preset ? "border-brand-700 bg-brand-600 text-white" : "border-brand-600 bg-white text-brand-700 hover:bg-brand-50"}`}
              >
                {t(`presets.${preset}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <details open={range.preset === "custom"} className="rounded-md border border-slate-300 bg-white">
        <summary className="min-h-11 cursor-pointer p-3 font-semibold">{t("customTitle")}</summary>
        <form method="get" action="/trends" aria-label={t("customLabel")} className="flex flex-col gap-3 px-3 pb-3 sm:flex-row sm:items-end">
          <input type="hidden" name="range" value="custom" />
          {params.kind ? <input type="hidden" name="kind" value={params.kind} /> : null}
          {params.heat !== "count" ? <input type="hidden" name="heat" value={params.heat} /> : null}
          <DateField id="trends-from" label={t("from")} name="from" required defaultValue={range.from} />
          <DateField id="trends-to" label={t("to")} name="to" required defaultValue={range.to} />
          <Button type="submit">
            {t("showDates")}
          </Button>
        </form>
      </details>
    </div>
  );
}
