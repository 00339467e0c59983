import Link from "next/link";
import { formatOccurrence } from "@/lib/reminders/describe";
import type { ProfessionalCheckStatus } from "@/lib/reminders/professional-check";
import { formatDate, formatLocalDate } from "@/lib/time/format-in-zone";

/** Where the professional-check reminder stands, and why: it is set (or not) in the health profile. */
export function ProfessionalCheckNote({ status, user }: { status: ProfessionalCheckStatus; user: { timeZone: string; locale: string } }) {
  const { locale } = user;
  const settings = (
    <Link href="/settings#health-heading" className="font-semibold text-brand-700 underline">
      your health profile
    </Link>
  );
  if (status.state === "off") {
    return (
      <p className="text-slate-700">
        Footnote can email you when a professional foot check is due, from the foot-risk category your clinician gave you. Turn it on in {settings}.
      </p>
    );
  }
  const from =
    status.countedFrom.kind === "appointment"
      ? `${status.countedFrom.upcoming ? "your booked appointment" : "your last appointment"} on ${formatLocalDate(status.countedFrom.localDate, locale)}`
      : `the day you turned it on, ${formatLocalDate(status.countedFrom.localDate, locale)} (no appointment recorded)`;
  return (
    <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4" data-testid="professional-check">
      {status.state === "scheduled"
        ? `A professional foot check is next due around ${formatOccurrence(status.at, status.timeZone, locale)}: ${status.months} ${status.months === 1 ? "month" : "months"} after ${from}. We will email you then, once. `
        : `We emailed you on ${formatDate(status.sentAt, user)} that a professional foot check was due (${status.months} ${status.months === 1 ? "month" : "months"} after ${from}). When you book one, add it here. `}
      You asked for this in {settings}; turn it off there.
    </p>
  );
}
