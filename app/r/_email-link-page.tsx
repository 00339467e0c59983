import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The frame of the pages opened from reminder emails, without signing in. */
export function EmailLinkPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-5 px-4 py-10">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </main>
  );
}

export async function Expired() {
  const t = await getTranslations("reminderLinks");
  return (
    <EmailLinkPage title={t("expiredTitle")}>
      <p className="text-lg">{t("expiredText")}</p>
      <Link href="/reminders" className="text-lg font-semibold text-brand-700 underline">
        {t("goToReminders")}
      </Link>
    </EmailLinkPage>
  );
}
