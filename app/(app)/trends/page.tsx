import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { loadDashboard } from "@/lib/trends/dashboard";
import { trendsParamsSchema } from "@/lib/trends/range";
import { CareSection } from "./care-section";
import { HeatSection } from "./heat-section";
import { ObservationsSection } from "./observations-section";
import { PainSection } from "./pain-section";
import { RangePicker } from "./range-picker";
import { TemperatureSection } from "./temperature-section";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { journal: person } = await requireJournalAccess("read", "trends");
  const params = trendsParamsSchema.parse(await searchParams);
  const dashboard = await loadDashboard(person, params);

  if (!dashboard.hasEntries) {
    return (
      <>
        <h1 className="text-3xl font-bold">Trends</h1>
        <EmptyState title="No trends yet" action={{ href: "/journal/new", label: "Record my first foot check" }}>
          <p>After a few days of checks, charts here will show how your pain and what you observe change over time, and where on your feet things happen.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Trends</h1>
        <p className="text-lg text-slate-700" data-testid="range-dates">
          {new Intl.DateTimeFormat(person.locale, { timeZone: "UTC", dateStyle: "long" }).formatRange(new Date(`${dashboard.range.from}T00:00:00Z`), new Date(`${dashboard.range.to}T00:00:00Z`))}
        </p>
      </div>
      <RangePicker params={params} range={dashboard.range} />
      <PainSection dashboard={dashboard} locale={person.locale} />
      <ObservationsSection dashboard={dashboard} params={params} locale={person.locale} />
      <HeatSection dashboard={dashboard} params={params} locale={person.locale} />
      <CareSection dashboard={dashboard} locale={person.locale} />
      <TemperatureSection dashboard={dashboard} locale={person.locale} />
    </>
  );
}
