import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Next 16 no longer prints each route's first-load JavaScript, so this computes it from the build
// in .next (Turbopack's layout, next 16.4):
//   server/app/<route>/build-manifest.json              rootMainFiles: the runtime every page loads
//   server/app/<route>_client-reference-manifest.js     entryJSFiles: the client chunks of the
//                                                         route's layouts, page and boundaries
// The union of those files is what a browser fetches to show the page (polyfills are nomodule,
// never loaded by current browsers, so they are left out, as Next's own figure did).
// Chunks behind next/dynamic (react-loadable-manifest.json) load afterwards; they are reported
// apart as `lazy`. Sizes are gzip at the default level, as a server would send them.

export type FirstLoadJs = { source: string; files: string[]; rawBytes: number; gzipBytes: number; lazy: { files: string[]; gzipBytes: number } };

export async function routeFirstLoadJs(route: string, distDir = ".next"): Promise<FirstLoadJs | null> {
  const routeDir = path.join(distDir, "server", "app", route);
  const buildManifest = await readFile(path.join(routeDir, "build-manifest.json"), "utf8").catch(() => null);
  const clientManifest = await readFile(`${routeDir}_client-reference-manifest.js`, "utf8").catch(() => null);
  if (!buildManifest || !clientManifest) return null;

  const { rootMainFiles } = JSON.parse(buildManifest) as { rootMainFiles: string[] };
  const entryMatch = /"entryJSFiles":(\{[^}]*\})/.exec(clientManifest);
  const entryFiles = entryMatch ? Object.values(JSON.parse(entryMatch[1]!) as Record<string, string[]>).flat() : [];
  const files = [...new Set([...rootMainFiles, ...entryFiles])];

  const loadable = await readFile(path.join(routeDir, "react-loadable-manifest.json"), "utf8").catch(() => "{}");
  const lazyFiles = [...new Set(Object.values(JSON.parse(loadable) as Record<string, { files: string[] }>).flatMap((entry) => entry.files))].filter((file) => !files.includes(file));

  const sizes = async (list: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const file of list) {
      const content = await readFile(path.join(distDir, file));
      raw += content.length;
      gzip += gzipSync(content).length;
    }
    return { raw, gzip };
  };
  const first = await sizes(files);
  const lazy = await sizes(lazyFiles);
  return {
    source: `${path.join(routeDir, "build-manifest.json")} + ${routeDir}_client-reference-manifest.js`,
    files,
    rawBytes: first.raw,
    gzipBytes: first.gzip,
    lazy: { files: lazyFiles, gzipBytes: lazy.gzip },
  };
}
