import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { verifyEmailLink } from "@/lib/reminders/email-token";
import { Button } from "@/app/_components/button";
import { EmailLinkPage, Expired } from "../_email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminderLinks"))("pauseMetaTitle"), robots: { index: false } };
}

export default async function PausePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  if (!verifyEmailLink(token)) {
    await countTokenMiss();
    return <Expired />;
  }
  const t = await getTranslations("reminderLinks");
  return (
    <EmailLinkPage title={t("pauseTitle")}>
      <p className="text-lg">{t("pauseText")}</p>
      <form method="post" action={`/r/unsubscribe?token=${encodeURIComponent(token)}`}>
        <Button type="submit">
          {t("pauseButton")}
        </Button>
      </form>
    </EmailLinkPage>
  );
}
