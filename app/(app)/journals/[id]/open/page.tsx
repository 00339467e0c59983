import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ButtonLink } from "@/app/_components/button";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { resolveJournalAccess } from "@/lib/journals/access";
import { currentJournal } from "@/lib/journals/current-journal";
import { requireUser } from "@/lib/auth/current-user";
import { OpenJournalButton } from "./open-journal-button";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("journals"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ next?: string | string[] }> };

/**
 * Where a carer's reminder email leads: the page it names, in the journal it is about. When that
 * journal is already open it goes straight there; otherwise one button opens it (a link alone never
 * changes which journal is open, so nobody can switch it for someone from another site).
 */
export default async function OpenJournalPage({ params, searchParams }: Props) {
  const found = await currentJournal();
  const user = found?.user ?? (await requireUser());
  const [{ id }, { next }] = await Promise.all([params, searchParams]);
  const target = await resolveJournalAccess(user, id);
  if (!target) notFound();
  const destination = safeCallbackPath(typeof next === "string" ? next : null);
  const open = found?.resolved?.journal ?? null;
  if (open?.id === target.journal.id) redirect(destination);
  const t = await getTranslations("journals");
  const whose = { own: target.journal.id === user.id ? "yes" : "no", name: target.journal.name };
  return (
    <ClientMessages namespaces={["common", "errors", "journals"]}>
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("openTitle", whose)}</h1>
        <p className="text-lg">
          {t("linkAbout", whose)} {open ? t("openNow", { own: open.id === user.id ? "yes" : "no", name: open.name }) : null}
        </p>
        <div className="flex flex-wrap gap-3">
          <OpenJournalButton journalId={target.journal.id} label={t("openButton", whose)} destination={destination} />
          <ButtonLink href="/today" variant="secondary">
            {t("notNow")}
          </ButtonLink>
        </div>
      </div>
    </ClientMessages>
  );
}
