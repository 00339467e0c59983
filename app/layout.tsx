import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";
import "./globals.css";

// Every page depends on the session or on runtime settings; none is prerendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appTitle"), template: "%s · Footnote" },
    description: t("appDescription"),
    appleWebApp: { capable: true, title: "Footnote", statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cab" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3">
          {t("skipToContent")}
        </a>
        {/* Pages and layouts below send the messages their own client components use. */}
        <ClientMessages namespaces={["common", "errorPage"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
