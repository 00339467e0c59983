import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, testChromium } from "./e2e/browsers";
import { env } from "./lib/env";

// The production build, served with its own embedded PostgreSQL (a fresh one per run, under
// .data/e2e) and mail in the outbox, driven in Debian's Chromium.
const PORT = env().E2E_PORT;
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Two spec files at a time, one per core; the tests of one file run in order in one worker. Every
  // test makes its own people (signInNewPerson) and the limits it checks are per person, so two
  // files share nothing but the server (docs/decisions/0096).
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Room for a machine busy with something else (issue 14: green at load 8); a passing test takes
  // no longer for it.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    // The service worker precaches the build and fetches pages ahead for every new browser profile:
    // only the tests about it (e2e/phone.spec.ts) let it run, so the others are not slowed by it.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: testChromium(), args: CHROMIUM_ARGS },
  },
  // A test runs at one width: desktop unless tagged @phone (a flow people do on their phone runs at
  // 375 px, where the layout is tightest); @both runs it at both widths (the accessibility tours,
  // the main check flow).
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } }, grepInvert: /@phone/ },
    { name: "phone", use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }, grep: /@phone|@both/ },
  ],
  webServer: {
    command: "rm -rf .data/e2e && tsx scripts/run.ts serve",
    url: `${BASE_URL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATA_DIR: ".data/e2e",
      PORT: String(PORT),
      NEXTAUTH_URL: BASE_URL,
      EMBEDDED_PG_PORT: String(env().E2E_PG_PORT),
      // Every test signs in from 127.0.0.1; the per-email limits are what the tests check (per-address
      // limits are checked in vitest against the launcher's own server, lib/launcher/app-server.test.ts).
      RATE_LIMIT_PER_IP: "10000",
      // The tests stand behind a proxy on loopback: a request's X-Forwarded-For is the address of
      // "another person" (front-door.spec.ts), and one without it comes from this machine.
      TRUSTED_PROXIES: "127.0.0.1",
      LOG_LEVEL: "warn",
      // e2e/languages.spec.ts reads the pages in the pseudo-language to find clipped text.
      PSEUDO_LANGUAGE: "true",
    },
  },
});
