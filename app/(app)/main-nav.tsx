"use client";

import { Link } from "@/app/_components/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Notice } from "@/app/_components/notice";
import { signOutOfThisDevice } from "@/lib/offline/sign-out-of-this-device";

const LINKS = [
  { href: "/today", label: "today" },
  { href: "/journal", label: "journal" },
  { href: "/trends", label: "trends" },
  { href: "/reminders", label: "reminders" },
  { href: "/report", label: "report" },
  { href: "/settings", label: "settings" },
] as const;

export function MainNav({ userName, switcher }: { userName: string; switcher: ReactNode }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [signingOut, setSigningOut] = useState(false);
  // Where sign-out failed: the notice belongs to that page, not to every page visited after it.
  const [signOutFailedAt, setSignOutFailedAt] = useState<string | null>(null);
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 pt-3">
        <Link href="/today" className="text-xl font-bold text-brand-700">
          {t("appName")}
        </Link>
        {switcher}
        <div className="flex items-center gap-3">
          <span className="hidden text-slate-700 sm:inline">{userName}</span>
          <button
            type="button"
            className="min-h-11 rounded-md border-2 border-slate-400 px-3 font-semibold"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              setSignOutFailedAt(null);
              signOutOfThisDevice("/").catch(() => {
                setSigningOut(false);
                setSignOutFailedAt(pathname);
              });
            }}
          >
            {signingOut ? t("signingOut") : t("signOut")}
          </button>
        </div>
      </div>
      {signOutFailedAt === pathname ? (
        <div className="mx-auto max-w-5xl px-4 pt-2">
          <Notice tone="error">{t("signOutFailed")}</Notice>
        </div>
      ) : null}
      <nav aria-label={t("label")} className="mx-auto max-w-5xl px-2 pb-2 pt-2">
        <ul className="grid grid-cols-3 gap-1 sm:flex sm:flex-wrap">
          {LINKS.map((link) => {
            const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
            return (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={current ? "page" : undefined}
                  className={`flex min-h-11 items-center justify-center rounded-md px-3 font-semibold ${current ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
                >
                  {t(link.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
