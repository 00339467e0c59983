import type { MetadataRoute } from "next";

/** The web app manifest: Footnote installs to the home screen and opens on Today. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/today",
    name: "Footnote — your foot health journal",
    short_name: "Footnote",
    description: "Record daily foot self-checks, see how your feet change, and bring a clear report to your doctor.",
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
    shortcuts: [{ name: "Record a foot check", short_name: "New check", url: "/journal/new", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] }],
  };
}
