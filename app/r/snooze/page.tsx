import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { verifyEmailLink } from "@/lib/reminders/email-token";
import { Button } from "@/app/_components/button";
import { EmailLinkPage, Expired } from "../_email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminderLinks"))("snoozeMetaTitle"), robots: { index: false } };
}

export default async function SnoozePage({ searchParams }: { searchParams: Promise<{ token?: string; until?: string }> }) {
  const { token = "", until } = await searchParams;
  if (!verifyEmailLink(token)) {
    await countTokenMiss();
    return <Expired />;
  }
  const choice = until === "evening" ? "evening" : "hour";
  const t = await getTranslations("reminderLinks");
  return (
    <EmailLinkPage title={t("snoozeTitle")}>
      <p className="text-lg">{t(choice === "evening" ? "snoozeEvening" : "snoozeHour")}</p>
      <form method="post" action={`/r/snooze/confirm?token=${encodeURIComponent(token)}&until=${choice}`}>
        <Button type="submit">
          {t(choice === "evening" ? "snoozeEveningButton" : "snoozeHourButton")}
        </Button>
      </form>
    </EmailLinkPage>
  );
}
