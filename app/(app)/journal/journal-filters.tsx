import { DateField } from "@/app/_components/date-field";
import { SelectField } from "@/app/_components/select-field";
import type { EntryFilters } from "@/lib/journal/schemas";
import { FOOT_OPTIONS, OBSERVATION_KIND_OPTIONS, REGION_OPTIONS } from "@/lib/foot-health/vocabulary";
import { Button, ButtonLink } from "@/app/_components/button";

const MIN_PAIN_OPTIONS = Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: `${index + 1} or more` }));

/**
 * A plain GET form: filters live in the URL, so a filtered list can be bookmarked and works without
 * JavaScript. Folded away until used, so on a phone the list comes first.
 */
export function JournalFilters({ filters }: { filters: EntryFilters }) {
  const active = [filters.from, filters.to, filters.foot, filters.region, filters.kind, filters.minPain].some((value) => value !== null);
  return (
    <details open={active} className="rounded-lg border border-slate-300 bg-white">
      <summary className="min-h-12 cursor-pointer p-4 text-xl font-bold">{active ? "Filters (in use)" : "Find checks by date, place or pain"}</summary>
    <form method="get" action="/journal" className="flex flex-col gap-3 px-4 pb-4" aria-label="Find checks">
      <div className="grid gap-3 sm:grid-cols-3">
        <DateField id="filter-from" label="From" name="from" defaultValue={filters.from ?? ""} />
        <DateField id="filter-to" label="To" name="to" defaultValue={filters.to ?? ""} />
        <SelectField id="filter-min-pain" label="Pain at least" name="minPain" defaultValue={filters.minPain ?? ""} placeholder="Any pain" options={MIN_PAIN_OPTIONS} />
        <SelectField id="filter-foot" label="Foot" name="foot" defaultValue={filters.foot ?? ""} placeholder="Either foot" options={FOOT_OPTIONS} />
        <SelectField id="filter-region" label="Where" name="region" defaultValue={filters.region ?? ""} placeholder="Anywhere" options={REGION_OPTIONS} />
        <SelectField id="filter-kind" label="What" name="kind" defaultValue={filters.kind ?? ""} placeholder="Anything" options={OBSERVATION_KIND_OPTIONS} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">Show checks</Button>
        <ButtonLink href="/journal" variant="secondary">
          Clear filters
        </ButtonLink>
      </div>
    </form>
    </details>
  );
}
