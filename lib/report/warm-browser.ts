import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { env } from "../env";
import { logger } from "../logger";

// One Chromium per instance, launched on first use and kept warm: launching costs more than a
// render. Every render gets its own browser context (no cookies, cache or storage shared with any
// other), closed when it is done. A Chromium that dies is launched again by the next render, and a
// render it took down with it is tried once more. Idle for a while, it is closed to give its memory
// back. In-process state, but only a cache: no other instance needs it.

// Debian's headless shell (the build Playwright itself runs headless) printed the year-long report
// in half the time of the full browser, side by side (docs/decisions/0098); the full one is used
// where it is all there is.
// The binary itself: /usr/bin/chromium-headless-shell is a shell script that runs it as a child,
// so a browser that dies would leave the real one behind.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const FULL_CHROMIUM = "/usr/bin/chromium";
const chromiumPath = () => env().CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
const LAUNCH_TIMEOUT_MS = 30_000;
const IDLE_CLOSE_MS = 5 * 60_000;

type WarmBrowser = { browser?: Promise<Browser>; inUse: number; idleTimer?: NodeJS.Timeout };
// On globalThis: Next.js may load this module once per route bundle; there is one browser per process.
const globalForBrowser = globalThis as unknown as { footnoteWarmBrowser?: WarmBrowser };
const warm = (globalForBrowser.footnoteWarmBrowser ??= { inUse: 0 });

function launched(): Promise<Browser> {
  if (!warm.browser) {
    const launching = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS });
    warm.browser = launching;
    const forget = () => {
      if (warm.browser === launching) warm.browser = undefined;
    };
    launching.then(
      (browser) =>
        browser.on("disconnected", () => {
          forget();
          logger.info("report browser closed");
        }),
      forget,
    );
  }
  return warm.browser;
}

/** Runs `render` with a page in a fresh, isolated context of the warm Chromium (JavaScript off). */
export async function withIsolatedPage<T>(render: (page: Page) => Promise<T>): Promise<T> {
  clearTimeout(warm.idleTimer);
  warm.inUse++;
  try {
    for (let attempt = 1; ; attempt++) {
      const browser = await launched();
      try {
        const context = await browser.newContext({ javaScriptEnabled: false });
        try {
          return await render(await context.newPage());
        } finally {
          await context.close().catch(() => undefined);
        }
      } catch (error) {
        if (browser.isConnected() || attempt > 1) throw error;
        // Only the first line: Playwright appends the browser's whole log to the message.
        logger.warn({ reason: String(error instanceof Error ? error.message : error).split("\n")[0] }, "report browser died during a render; starting another");
      }
    }
  } finally {
    warm.inUse--;
    if (warm.inUse === 0) {
      warm.idleTimer = setTimeout(() => void closeWarmBrowser(), IDLE_CLOSE_MS);
      warm.idleTimer.unref();
    }
  }
}

/** Closes the warm Chromium (idle, or shutting down); the next render launches another. */
export async function closeWarmBrowser(): Promise<void> {
  const browser = warm.browser;
  warm.browser = undefined;
  await (await browser?.catch(() => undefined))?.close();
}
