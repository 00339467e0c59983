import { expect, test } from "./test";
import sharp from "sharp";
import { fullChromium } from "./browsers";
import { newPerson, signInNewPerson } from "./helpers";

// Chromium's own installability check (what its install prompt uses) is in the full browser only,
// and a browser is chosen per file (docs/decisions/0098).
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: "allow", ...fullChromium });

test("installable: the manifest, its icons and the service worker", async ({ page }) => {
  const manifest = (await (await page.request.get("/manifest.webmanifest")).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ short_name: "Footnote", start_url: "/today", display: "standalone", theme_color: "#0b5cab" });
  for (const purpose of ["any", "maskable"]) {
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((candidate) => candidate.purpose === purpose && candidate.sizes === `${size}x${size}`);
      expect(icon, `${purpose} ${size}`).toBeTruthy();
      const response = await page.request.get(icon!.src);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(await sharp(await response.body()).metadata()).toMatchObject({ width: size, height: size });
    }
  }

  await signInNewPerson(page, newPerson("install"));
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL("/", page.url()).toString());
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await session.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
  // A test browser's profile is incognito, where nothing installs; that is the only objection.
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(["in-incognito"]);
});
