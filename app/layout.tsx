import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page depends on the session or on runtime settings; none is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Footnote — your foot health journal", template: "%s · Footnote" },
  description: "Record daily foot self-checks, see how your feet change, and bring a clear report to your doctor.",
  appleWebApp: { capable: true, title: "Footnote", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cab" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
