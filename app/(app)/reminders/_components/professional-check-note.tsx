import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { formatOccurrence } from "@/lib/reminders/describe";
import type { ProfessionalCheckStatus } from "@/lib/reminders/professional-check";
import { formatDate, formatLocalDate } from "@/lib/time/format-in-zone";

/** Where the professional-check reminder stands, and why: it is set (or not) in the health profile. */
export async function ProfessionalCheckNote({ status, user }: { status: ProfessionalCheckStatus; user: { timeZone: string; locale: string } }) {
  const { locale } = user;
  const t = await getTranslations("reminders.professional");
  const link = (words: React.ReactNode) => (
    <Link href="/settings#health-heading" className="font-semibold text-brand-700 underline">
      {words}
    </Link>
  );
  if (status.state === "off") {
    return <p className="text-slate-700">{t.rich("off", { link })}</p>;
  }
  const { countedFrom } = status;
  const date = formatLocalDate(countedFrom.localDate, locale);
  const from = countedFrom.kind === "appointment" ? t(countedFrom.upcoming ? "fromBooked" : "fromLast", { date }) : t("fromOn", { date });
  return (
    <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4" data-testid="professional-check">
      {status.state === "scheduled"
        ? t("scheduled", { when: formatOccurrence(status.at, status.timeZone, locale), months: status.months, from })
        : t("sent", { date: formatDate(status.sentAt, user), months: status.months, from })}{" "}
      {t.rich("asked", { link })}
    </p>
  );
}
