import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offline"))("title") };
}

// Kept by the service worker and shown for a page that was never opened on this device while the
// connection is down. With no connection a link's page data cannot load, so Next.js opens the
// whole page instead, which the service worker answers from what it kept.
// The service worker keeps it as the browser fetched it at install, so in the language of that visit.
export default async function OfflinePage() {
  const t = await getTranslations("offline");
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("text")}</p>
      <ul className="flex flex-col gap-2 text-lg">
        <li>
          <Link href="/journal/new" className="font-semibold text-brand-700 underline">
            {t("record")}
          </Link>
        </li>
        <li>
          <Link href="/today" className="font-semibold text-brand-700 underline">
            {t("today")}
          </Link>
        </li>
        <li>
          <Link href="/journal" className="font-semibold text-brand-700 underline">
            {t("journal")}
          </Link>
        </li>
      </ul>
    </main>
  );
}
