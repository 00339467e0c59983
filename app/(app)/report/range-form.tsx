import { useTranslations } from "next-intl";
import { DateField } from "@/app/_components/date-field";
import { useReadMessage } from "@/app/_components/use-read-message";
import { REPORT_SECTIONS, type ReportSection } from "@/lib/report/sections";
import { Button } from "@/app/_components/button";

/**
 * The period and parts of the report. A plain GET form, so the chosen report has its own address
 * (and works without JavaScript); the page checks it with the same schema as the PDF route.
 */
export function RangeForm({ defaults, errors }: { defaults: { from: string; to: string; sections: ReportSection[]; language: string }; errors: Record<string, string> }) {
  const t = useTranslations("reportPage");
  const read = useReadMessage();
  return (
    <form method="get" action="/report" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5" aria-labelledby="range-heading">
      <h2 id="range-heading" className="text-2xl font-bold">
        {t("rangeTitle")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <DateField id="from" name="from" label={t("from")} defaultValue={defaults.from} error={errors.from} />
        <DateField id="to" name="to" label={t("to")} defaultValue={defaults.to} error={errors.to} />
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.sections ? "sections-error" : undefined}>
        <legend className="mb-1 font-semibold">{t("include")}</legend>
        {REPORT_SECTIONS.map((section) => (
          <label key={section} className="flex min-h-11 items-center gap-3 text-lg">
            <input type="checkbox" name="sections" value={section} defaultChecked={defaults.sections.includes(section)} className="h-6 w-6 shrink-0" />
            {t(`sections.${section}`)}
          </label>
        ))}
        {errors.sections ? (
          <p id="sections-error" className="font-semibold text-red-800">
            {read(errors.sections)}
          </p>
        ) : null}
      </fieldset>
      <input type="hidden" name="language" value={defaults.language} />
      <Button type="submit" className="self-start">
        {t("show")}
      </Button>
    </form>
  );
}
