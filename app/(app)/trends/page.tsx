import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { readerLocale } from "@/lib/i18n/negotiate";
import { loadDashboard } from "@/lib/trends/dashboard";
import { trendsParamsSchema } from "@/lib/trends/range";
import { CareSection } from "./care-section";
import { HeatSection } from "./heat-section";
import { ObservationsSection } from "./observations-section";
import { PainSection } from "./pain-section";
import { RangePicker } from "./range-picker";
import { TemperatureSection } from "./temperature-section";
import { ClientMessages } from "@/app/_components/client-messages";
import type { Namespace } from "@/lib/i18n/pick-messages";

// The messages this page's client components use (both of its answers show them).
const IN_BROWSER = ["charts", "common", "errors", "footMap"] satisfies Namespace[];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("trends") };
}

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { journal: person, user } = await requireJournalAccess("read", "trends");
  const params = trendsParamsSchema.parse(await searchParams);
  const [dashboard, t, language] = await Promise.all([loadDashboard(person, params), getTranslations("trends"), getLocale()]);
  // Words and figures in the reader's language and formats: a carer reads the journal in their own.
  const locale = readerLocale(language, user.locale);

  if (!dashboard.hasEntries) {
    return (
      <ClientMessages namespaces={IN_BROWSER}>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <EmptyState title={t("emptyTitle")} action={{ href: "/journal/new", label: t("emptyAction") }}>
          <p>{t("emptyText")}</p>
        </EmptyState>
      </ClientMessages>
    );
  }
  return (
    <ClientMessages namespaces={IN_BROWSER}>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700" data-testid="range-dates">
          {new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" }).formatRange(new Date(`${dashboard.range.from}T00:00:00Z`), new Date(`${dashboard.range.to}T00:00:00Z`))}
        </p>
      </div>
      <RangePicker params={params} range={dashboard.range} />
      <PainSection dashboard={dashboard} locale={locale} />
      <ObservationsSection dashboard={dashboard} params={params} locale={locale} />
      <HeatSection dashboard={dashboard} params={params} locale={locale} />
      <CareSection dashboard={dashboard} locale={locale} />
      <TemperatureSection dashboard={dashboard} locale={locale} />
    </ClientMessages>
  );
}
