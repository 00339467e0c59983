import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// The end-to-end tests drive Debian's Chromium builds (Playwright's own browser download is not
// reachable here): the headless shell for most tests, the full browser for what only it does
// (e2e/browsers.ts). Install whichever is missing when we are allowed to (root with apt).
const PACKAGES = [
  { path: "/usr/bin/chromium", name: "chromium" },
  { path: "/usr/bin/chromium-headless-shell", name: "chromium-headless-shell" },
];

const missing = PACKAGES.filter(({ path }) => !existsSync(path)).map(({ name }) => name);
if (missing.length) {
  if (process.getuid?.() !== 0) {
    const advice = `Install with: sudo apt-get install -y ${missing.join(" ")}`;
    // Without the headless shell every test runs in the full browser, only slower.
    if (!missing.includes("chromium")) console.warn(`chromium-headless-shell is missing: the end-to-end tests use the full browser. ${advice}`);
    else {
      console.error(`Chromium is missing for the end-to-end tests. ${advice}`);
      process.exit(1);
    }
  } else {
    console.log(`Installing Debian's ${missing.join(" and ")} for the end-to-end tests…`);
    for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...missing]]) {
      const result = spawnSync("apt-get", args, { stdio: "inherit" });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  }
}
