import { getTranslations } from "next-intl/server";
import { DateField } from "@/app/_components/date-field";
import { SelectField } from "@/app/_components/select-field";
import type { EntryFilters } from "@/lib/journal/schemas";
import { FEET, OBSERVATION_KINDS, REGIONS } from "@/lib/foot-health/vocabulary";
import { Button, ButtonLink } from "@/app/_components/button";

/**
 * A plain GET form: filters live in the URL, so a filtered list can be bookmarked and works without
 * JavaScript. Folded away until used, so on a phone the list comes first.
 */
export async function JournalFilters({ filters }: { filters: EntryFilters }) {
  const [t, words] = await Promise.all([getTranslations("journalList"), getTranslations("vocabulary")]);
  const minPainOptions = Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: t("painOrMore", { pain: index + 1 }) }));
  const active = [filters.from, filters.to, filters.foot, filters.region, filters.kind, filters.minPain].some((value) => value !== null);
  return (
    <details open={active} className="rounded-lg border border-slate-300 bg-white">
      <summary className="min-h-12 cursor-pointer p-4 text-xl font-bold">{active ? t("filtersInUse") : t("filtersTitle")}</summary>
    <form method="get" action="/journal" className="flex flex-col gap-3 px-4 pb-4" aria-label={t("filtersLabel")}>
      <div className="grid gap-3 sm:grid-cols-3">
        <DateField id="filter-from" label={t("from")} name="from" defaultValue={filters.from ?? ""} />
        <DateField id="filter-to" label={t("to")} name="to" defaultValue={filters.to ?? ""} />
        <SelectField id="filter-min-pain" label={t("painAtLeast")} name="minPain" defaultValue={filters.minPain ?? ""} placeholder={t("anyPain")} options={minPainOptions} />
        <SelectField id="filter-foot" label={t("foot")} name="foot" defaultValue={filters.foot ?? ""} placeholder={t("eitherFoot")} options={FEET.map((value) => ({ value, label: words(`feet.${value}`) }))} />
        <SelectField id="filter-region" label={t("where")} name="region" defaultValue={filters.region ?? ""} placeholder={t("anywhere")} options={REGIONS.map((value) => ({ value, label: words(`regions.${value}`) }))} />
        <SelectField id="filter-kind" label={t("what")} name="kind" defaultValue={filters.kind ?? ""} placeholder={t("anything")} options={OBSERVATION_KINDS.map((value) => ({ value, label: words(`kinds.${value}`) }))} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("show")}</Button>
        <ButtonLink href="/journal" variant="secondary">
          {t("clear")}
        </ButtonLink>
      </div>
    </form>
    </details>
  );
}
