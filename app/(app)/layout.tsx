import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { ServiceWorkerRegistration } from "@/app/_components/service-worker-registration";
import { ClientMessages } from "@/app/_components/client-messages";
import { UserLocaleProvider } from "@/app/_components/user-locale";
import { journalsOf } from "@/lib/journals/access";
import { currentJournal } from "@/lib/journals/current-journal";
import { JournalSwitcher } from "./_journals/journal-switcher";
import { MainNav } from "./main-nav";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const found = await currentJournal();
  const user = found?.user ?? (await requireUser());
  const [journals, t] = await Promise.all([journalsOf(user), getTranslations("nav")]);
  // Null when the journal chosen in this browser is no longer open to them (a removed carer): the
  // switcher shows, so they can open their own.
  const open = found?.resolved ?? null;
  const carerOf = open && open.access.journalId !== user.id ? open : null;
  return (
    <UserLocaleProvider locale={user.locale}>
      <ClientMessages namespaces={["errors", "journals", "nav"]}>
        <ServiceWorkerRegistration userId={user.id} journalIds={journals.map((journal) => journal.id)} />
        {/* The switcher is keyed by the open journal, so its select shows it after a journal is opened from a link. */}
        <MainNav userName={user.name} switcher={journals.length > 1 || !open ? <JournalSwitcher key={open?.journal.id ?? ""} journals={journals} openId={open?.journal.id ?? null} /> : null} />
        {carerOf ? (
          <p className="border-b border-brand-600 bg-brand-50 px-4 py-2 text-center text-lg" data-testid="open-journal">
            {carerOf.access.role === "HOLDER" || carerOf.access.role === "OWNER"
              ? t.rich("lookingAfter", { name: carerOf.journal.name, b: (chunks) => <strong>{chunks}</strong> })
              : t.rich("lookingAfterRole", { name: carerOf.journal.name, role: t(`roles.${carerOf.access.role}`), b: (chunks) => <strong>{chunks}</strong> })}
          </p>
        ) : null}
        <main id="main" className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-6">
          {children}
        </main>
      </ClientMessages>
    </UserLocaleProvider>
  );
}
