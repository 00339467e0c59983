import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { ServiceWorkerRegistration } from "@/app/_components/service-worker-registration";
import { UserLocaleProvider } from "@/app/_components/user-locale";
import { MainNav } from "./main-nav";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <UserLocaleProvider locale={user.locale}>
      <ServiceWorkerRegistration userId={user.id} />
      <MainNav userName={user.name} />
      <main id="main" className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-6">
        {children}
      </main>
    </UserLocaleProvider>
  );
}
