import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";

/**
 * The web app manifest: Footnote installs to the home screen and opens on Today. Its words follow
 * the request's language (the browser's Accept-Language, or a signed-in person's own), so the
 * installed app is named in the language of whoever installs it.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  // Answered per request (never prerendered at build, where there is no request to read).
  await connection();
  const [common, t] = await Promise.all([getTranslations("common"), getTranslations("manifest")]);
  return {
    id: "/today",
    name: common("appTitle"),
    short_name: common("appName"),
    description: common("appDescription"),
    start_url: "/today",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#0b5cab",
    categories: ["health", "medical"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [{ name: t("shortcut"), short_name: t("shortcutShort"), url: "/journal/new", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] }],
  };
}
