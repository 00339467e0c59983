import Link from "next/link";
import type { EntryFilters } from "@/lib/journal/schemas";
import { FEET, FOOT_LABELS, OBSERVATION_KIND_LABELS, OBSERVATION_KINDS, REGION_LABELS, REGIONS } from "@/lib/journal/vocabulary";

const control = "min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-2 text-lg";

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
        <label className="flex flex-col gap-1 font-semibold">
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Pain at least
          <select name="minPain" defaultValue={filters.minPain ?? ""} className={control}>
            <option value="">Any pain</option>
            {Array.from({ length: 10 }, (_, index) => index + 1).map((score) => (
              <option key={score} value={score}>
                {score} or more
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Foot
          <select name="foot" defaultValue={filters.foot ?? ""} className={control}>
            <option value="">Either foot</option>
            {FEET.map((foot) => (
              <option key={foot} value={foot}>
                {FOOT_LABELS[foot]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Where
          <select name="region" defaultValue={filters.region ?? ""} className={control}>
            <option value="">Anywhere</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {REGION_LABELS[region]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          What
          <select name="kind" defaultValue={filters.kind ?? ""} className={control}>
            <option value="">Anything</option>
            {OBSERVATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {OBSERVATION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="min-h-12 rounded-md bg-brand-600 px-5 font-semibold text-white">
          Show checks
        </button>
        <Link href="/journal" className="inline-flex min-h-12 items-center rounded-md border-2 border-slate-400 px-5 font-semibold">
          Clear filters
        </Link>
      </div>
    </form>
    </details>
  );
}
