"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { forgetThisDevice } from "@/lib/offline/forget-device";

const LINKS = [
  { href: "/today", label: "Today" },
  { href: "/journal", label: "Journal" },
  { href: "/trends", label: "Trends" },
  { href: "/reminders", label: "Reminders" },
  { href: "/report", label: "Report" },
  { href: "/settings", label: "Settings" },
];

export function MainNav({ userName, switcher }: { userName: string; switcher: ReactNode }) {
  const pathname = usePathname();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 pt-3">
        <Link href="/today" className="text-xl font-bold text-brand-700">
          Footnote
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
              void forgetThisDevice()
                .catch(() => undefined)
                .then(() => signOut({ callbackUrl: "/" }));
            }}
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
      <nav aria-label="Main" className="mx-auto max-w-5xl px-2 pb-2 pt-2">
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
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
