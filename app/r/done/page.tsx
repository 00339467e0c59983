import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatOccurrence } from "@/lib/reminders/describe";
import { isTimeZone } from "@/lib/auth/time-zones";
import { LANGUAGES } from "@/lib/i18n/locales";
import { EmailLinkPage, Expired } from "../_email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminderLinks"))("doneMetaTitle"), robots: { index: false } };
}

export default async function DonePage({ searchParams }: { searchParams: Promise<{ what?: string; at?: string; tz?: string }> }) {
  const [{ what, at, tz }, t, locale] = await Promise.all([searchParams, getTranslations("reminderLinks"), getLocale()]);
  const settings = (
    <Link href="/reminders" className="text-lg font-semibold text-brand-700 underline">
      {t("settings")}
    </Link>
  );
  if (what === "paused") {
    return (
      <EmailLinkPage title={t("pausedTitle")}>
        <p className="text-lg">{t("pausedText")}</p>
        {settings}
      </EmailLinkPage>
    );
  }
  const instant = at ? new Date(at) : null;
  if (what === "snoozed" && instant && !Number.isNaN(instant.getTime())) {
    return (
      <EmailLinkPage title={t("snoozedTitle")}>
        <p className="text-lg">{t("snoozedText", { when: formatOccurrence(instant, tz && isTimeZone(tz) ? tz : "UTC", LANGUAGES.find((language) => language.code === locale)?.formats ?? locale) })}</p>
        {settings}
      </EmailLinkPage>
    );
  }
  return <Expired />;
}
