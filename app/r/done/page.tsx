import type { Metadata } from "next";
import Link from "next/link";
import { formatOccurrence } from "@/lib/reminders/describe";
import { isTimeZone } from "@/lib/auth/time-zones";
import { EmailLinkPage, Expired } from "../_email-link-page";

export const metadata: Metadata = { title: "Done", robots: { index: false } };

export default async function DonePage({ searchParams }: { searchParams: Promise<{ what?: string; at?: string; tz?: string }> }) {
  const { what, at, tz } = await searchParams;
  const settings = (
    <Link href="/reminders" className="text-lg font-semibold text-brand-700 underline">
      Change your reminder settings
    </Link>
  );
  if (what === "paused") {
    return (
      <EmailLinkPage title="Reminder paused">
        <p className="text-lg">You will get no more emails from it. You can resume it any time on your reminders page.</p>
        {settings}
      </EmailLinkPage>
    );
  }
  const instant = at ? new Date(at) : null;
  if (what === "snoozed" && instant && !Number.isNaN(instant.getTime())) {
    return (
      <EmailLinkPage title="We will remind you again">
        <p className="text-lg">Next reminder: {formatOccurrence(instant, tz && isTimeZone(tz) ? tz : "UTC", "en-GB")}.</p>
        {settings}
      </EmailLinkPage>
    );
  }
  return <Expired />;
}
