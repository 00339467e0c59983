import { Link } from "@/app/_components/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The narrow, centred frame of the signed-out pages (sign in, sign up, reset). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-8">
      <Link href="/" className="self-start text-xl font-bold text-brand-700">
        {t("appName")}
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </main>
  );
}
