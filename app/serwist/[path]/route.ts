import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";
import { OFFLINE_PAGE } from "@/lib/offline/pages";

// The service worker, bundled with esbuild when `next build` prerenders this route (Turbopack has
// no plugin hook for it; docs/decisions/0075). It is served from /serwist/sw.js with
// `Service-Worker-Allowed: /` so that it controls the whole app. A new build gets a new revision
// of the offline page.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/service-worker.ts",
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: OFFLINE_PAGE, revision: randomUUID() }],
});
