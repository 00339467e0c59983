import { existsSync } from "node:fs";

// The end-to-end tests drive Debian's Chromium builds (Playwright's own downloads are not reachable
// here; scripts/ensure-chromium.ts installs them). Most tests run in the headless shell, which
// Playwright itself uses for headless runs: no browser UI processes, about a quarter less CPU per
// test. What only the full browser does (its installability check, the camera's fake device under
// the CSP) runs in the full one (docs/decisions/0098).
export const FULL_CHROMIUM = "/usr/bin/chromium";
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** The headless shell when it is installed, else the full browser (a machine where apt could not add it). */
export function testChromium(): string {
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM;
}

/** For a spec file that needs the full browser (Playwright chooses the browser per file). */
export const fullChromium = { launchOptions: { executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS } };
