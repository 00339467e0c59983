import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./test";
import sharp from "sharp";
import { appLib, seedReportJournalOf, userIdOf } from "./app-database";
import { expectNoAxeViolations, expectNoHorizontalScroll, newPerson, signIn, signInNewPerson } from "./helpers";

// Footnote on a 375 px phone: the foot map for thumbs and keyboards, the report, the one
// confirmation dialog, dates in the person's locale, and the installable app.

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

const map = (page: Page) => page.getByRole("region", { name: "What did you see or feel, and where?" });

async function expectTargetsAtLeast24(regions: Locator, count: number) {
  await expect(regions).toHaveCount(count);
  for (const region of await regions.all()) {
    const box = (await region.boundingBox())!;
    expect({ name: await region.getAttribute("aria-label"), width: box.width >= 24, height: box.height >= 24 }).toEqual({ name: await region.getAttribute("aria-label"), width: true, height: true });
  }
}

test.describe("on a phone", () => {
  test("every region of the foot map is at least 24 × 24 px, the small ones in a zoomed view of one foot", async ({ page }) => {
    await signInNewPerson(page, newPerson("thumbs"));
    await page.goto("/journal/new");
    const regions = map(page).locator("g.foot-region");
    // Both feet side by side: the large regions (3 on each foot's top, 3 on each sole).
    await expectTargetsAtLeast24(regions, 12);

    const zooms = [
      ["Zoom in on the left foot, from above: toes and toenails", 5],
      ["Zoom in on the right foot, from above: toes and toenails", 5],
      ["Zoom in on the left foot, sole: toes and sides", 6],
      ["Zoom in on the right foot, sole: toes and sides", 6],
    ] as const;
    for (const [zoom, count] of zooms) {
      await page.getByRole("button", { name: zoom }).click();
      // The zoomed foot takes focus at its first region; the other view still shows both feet.
      await expect(page.locator("g.foot-region:focus")).toHaveCount(1);
      await expectTargetsAtLeast24(regions, count + 6);
      await page.getByRole("button", { name: "Back to both feet" }).click();
      await expect(page.getByRole("button", { name: zoom })).toBeFocused();
    }

    // The toes can be chosen on the soles.
    await page.getByRole("button", { name: "Zoom in on the left foot, sole: toes and sides" }).click();
    const toes = page.getByRole("button", { name: "Left foot, sole, toes, 1 of 6" });
    await toes.locator("circle").first().click();
    await expect(toes).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("list", { name: "Observations" }).getByLabel("Where on the foot")).toHaveValue("TOES");
    await expectNoHorizontalScroll(page);
  });

  test("Tab goes round each foot, the focus ring is drawn above every outline, choosing keeps focus", async ({ page }) => {
    await signInNewPerson(page, newPerson("keys"));
    await page.goto("/journal/new");
    await page.getByRole("button", { name: "Left foot, from above, between the toes, 1 of 3" }).focus();
    // Focus by script is not :focus-visible; the keyboard's is.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const order = ["Left foot, from above, between the toes, 1 of 3", "Left foot, from above, top of the foot, 2 of 3", "Left foot, from above, ankle, 3 of 3"];
    for (const [index, name] of order.entries()) {
      if (index > 0) await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name, exact: true })).toBeFocused();
    }
    // The ring: the last thing drawn in the foot's picture, 4 px dark orange on 8 px white, and
    // around the focused region.
    const ankle = page.getByRole("button", { name: order[2], exact: true });
    const ring = page.getByTestId("foot-focus-ring");
    await expect(ring).toHaveCount(1);
    const drawnLast = await ring.evaluate((element) => element.parentElement!.lastElementChild === element);
    expect(drawnLast).toBe(true);
    const stroke = await ring.locator("rect").last().evaluate((rect) => ({ color: getComputedStyle(rect).stroke, width: getComputedStyle(rect).strokeWidth }));
    expect(stroke).toEqual({ color: "rgb(180, 83, 9)", width: "4px" });
    const ringBox = (await ring.boundingBox())!;
    const ankleBox = (await ankle.boundingBox())!;
    expect(ringBox.y).toBeLessThanOrEqual(ankleBox.y + 1);
    expect(ringBox.y + ringBox.height).toBeGreaterThanOrEqual(ankleBox.y + ankleBox.height - 8);

    // Out of the foot to its zoom button, and Shift+Tab comes back to the foot's last region.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Zoom in on the left foot, from above: toes and toenails" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(ankle).toBeFocused();

    // Choosing keeps focus, so a second region is one key away; one Tab from a region just chosen
    // reaches what was noticed there.
    await page.keyboard.press("Enter");
    await expect(ankle).toBeFocused();
    await expect(ankle).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Shift+Tab");
    const top = page.getByRole("button", { name: order[1], exact: true });
    await expect(top).toBeFocused();
    await page.keyboard.press("Space");
    await expect(top).toBeFocused();
    const observations = page.getByRole("list", { name: "Observations" }).getByRole("listitem");
    await expect(observations).toHaveCount(2);
    await page.keyboard.press("Tab");
    await expect(observations.nth(1).getByLabel("What you noticed")).toBeFocused();
    await expect(observations.nth(1).getByLabel("Where on the foot")).toHaveValue("TOP");
  });

  test("the report: chart text at least 12 px, the checks table in stacked rows, nothing off to the side", async ({ page }) => {
    const person = newPerson("phone-report");
    await signInNewPerson(page, person);
    await seedReportJournalOf(person.email, 30, 0);
    await page.goto("/report");
    await expect(page.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();

    const chart = page.getByRole("img", { name: /pain/i }).filter({ visible: true }).locator("xpath=self::*[local-name()='svg']");
    await expect(chart).toHaveCount(1);
    const smallest = await chart.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll("text")].map((text) => Number(text.getAttribute("font-size")) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);

    const firstCheck = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Care" }) }).getByRole("row").nth(1);
    for (const cell of ["Care", "Notes"]) {
      const box = (await firstCheck.locator(`td[data-label="${cell}"]`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    expect(await firstCheck.evaluate((row) => getComputedStyle(row).display)).toBe("block");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test("deleting asks once, in one dialog; a date field writes the chosen date in the person's locale", async ({ page }) => {
    await signInNewPerson(page, newPerson("confirm"));
    await page.goto("/reminders/appointments/new");
    await page.getByLabel("Who you are seeing").fill("Dr Rivera");
    const date = page.getByLabel("Date", { exact: true });
    await date.fill("2030-03-08");
    await expect(page.getByTestId("date-reads")).toHaveText(/^Chosen: Friday,? 8 March 2030$/);
    await page.getByLabel("Time", { exact: true }).fill("09:30");
    await page.getByRole("button", { name: "Save appointment" }).click();
    await expect(page).toHaveURL(/\/reminders/);

    const remove = page.getByRole("button", { name: /^Delete .*Dr Rivera/ });
    await remove.click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await dialog.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete .*Dr Rivera/ })).toHaveCount(0);
  });

});

test.describe("installed on a phone", () => {
  // Only these tests and the offline queue's let the service worker run: it precaches the build and
  // fetches pages ahead, which the other tests need not wait for.
  test.use({ serviceWorkers: "allow" });

  test("offline: Today, the new-check form and the journal open as last seen; signing out leaves none of them", async ({ page, context }) => {
    await signInNewPerson(page, newPerson("offline"));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    // The service worker fetches Today, the journal and the form ahead.
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).filter((name) => name.startsWith("footnote-pages-")).map(async (name) => (await caches.open(name)).keys()))).flat().map((request) => new URL(request.url).pathname).sort()))
      .toEqual(expect.arrayContaining(["/journal", "/journal/new", "/today"]));

    await context.setOffline(true);
    await page.goto("/journal/new");
    await expect(page.getByRole("heading", { name: "New foot check" })).toBeVisible();
    await page.goto("/today");
    await expect(page.getByRole("heading", { name: /^Hello, / })).toBeVisible();
    await page.goto("/trends");
    await expect(page.getByRole("heading", { name: "No connection" })).toBeVisible();
    await context.setOffline(false);

    await page.goto("/today");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).not.toHaveURL(/\/today/);
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("footnote-pages-")))).toEqual([]);
    await context.setOffline(true);
    await page.goto("/today");
    await expect(page.getByRole("heading", { name: "No connection" })).toBeVisible();
    await context.setOffline(false);
  });
  test("a carer whose access ends keeps nothing of that journal on the device", async ({ page, browser }) => {
    const mum = newPerson("kept-mum");
    const carer = newPerson("kept-carer");
    await signInNewPerson(page, mum);
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: "allow" })).newPage();
    await signInNewPerson(phone, carer);
    const [mumId, carerId] = [await userIdOf(mum.email), await userIdOf(carer.email)];
    const { db } = await appLib();
    await db().journalMember.create({ data: { userId: mumId, memberId: carerId, role: "SEE" } });

    await phone.goto(`/journals/${mumId}/open?next=%2Fjournal`);
    await phone.getByRole("button", { name: `Open ${mum.name}’s journal` }).click();
    await expect(phone.getByTestId("open-journal")).toContainText(`${mum.name}’s journal`);
    await expect.poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await phone.goto("/journal");
    const keptAboutMum = () =>
      phone.evaluate(async (marker) => {
        const names = (await caches.keys()).filter((name) => name.startsWith("footnote-pages-"));
        const bodies = await Promise.all(names.map(async (name) => Promise.all((await (await caches.open(name)).matchAll()).map((response) => response.text()))));
        return bodies.flat().filter((body) => body.includes(marker)).length;
      }, `looking after <strong>${mum.name}</strong>`);
    await expect.poll(keptAboutMum).toBeGreaterThan(0);

    // Mum ends the carer's access; the carer's next page online forgets what the device kept of it.
    await db().journalMember.deleteMany({ where: { userId: mumId, memberId: carerId } });
    await phone.goto("/today");
    await expect(phone.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect.poll(keptAboutMum).toBe(0);
    await phone.context().setOffline(true);
    await phone.goto("/journal");
    await expect(phone.getByRole("heading", { name: "No connection" })).toBeVisible();
    await phone.context().close();
  });
});

test.describe("a check saved offline", () => {
  test.use({ serviceWorkers: "allow" });

  async function jpeg(color: string) {
    return { name: "heel.jpg", mimeType: "image/jpeg", buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background: color } }).jpeg().toBuffer() };
  }

  /** Opens the new-check form once online, so the service worker controls the page and has kept it. */
  async function openFormKept(page: Page) {
    await page.goto("/journal/new");
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).filter((name) => name.startsWith("footnote-pages-")).map(async (name) => !!(await (await caches.open(name)).match("/journal/new"))))).includes(true)))
      .toBe(true);
  }

  async function recordOffline(page: Page, date?: string) {
    await page.reload();
    await expect(page.getByRole("heading", { name: "New foot check" })).toBeVisible();
    if (date) {
      await page.getByLabel("Date").fill(date);
      await page.getByLabel("I massaged my own feet").check();
      await page.getByLabel("How many minutes?").fill("5");
    }
    await page.getByRole("radio", { name: "3", exact: true }).check();
    await page.getByRole("button", { name: "Left foot, sole, heel" }).click();
    await page.getByRole("list", { name: "Observations" }).getByLabel("What you noticed").selectOption({ label: "Redness" });
    // On a phone "Take a photo" opens the rear camera.
    await expect(page.getByLabel("Take a photo")).toHaveAttribute("capture", "environment");
    await page.getByLabel("Add photos").setInputFiles(await jpeg("#b04030"));
    await expect(page.getByRole("list", { name: "Photos in this entry" }).getByRole("img")).toBeVisible();
    await page.getByRole("button", { name: "Save this check" }).click();
    await expect(page.getByText("No connection: your check is saved on this device")).toBeVisible();
    const waiting = page.getByRole("list", { name: "Checks waiting to send" }).getByRole("listitem");
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText("(1 photo): waiting to send");
    return waiting;
  }

  test("is queued on the device, survives a reload, and arrives once with its photo when back online", async ({ page, context }) => {
    await signInNewPerson(page, newPerson("queue"));
    await openFormKept(page);
    await context.setOffline(true);
    await recordOffline(page, "2026-01-10");
    // The form starts again at now, and the date written out beneath the field says so too.
    const [year, month, day] = (await page.getByLabel("Date").inputValue()).split("-");
    expect(`${year}-${month}-${day}`).not.toBe("2026-01-10");
    await expect(page.getByTestId("date-reads")).toHaveText(new RegExp(`^Chosen: \\w+,? ${Number(day)} \\w+ ${year}$`));
    await expect(page.getByLabel("No massage or care today")).toBeChecked();
    await expect(page.getByLabel("How many minutes?")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("list", { name: "Checks waiting to send" }).getByRole("listitem")).toHaveCount(1);

    await context.setOffline(false);
    await expect(page.getByRole("list", { name: "Checks waiting to send" })).toHaveCount(0);
    await page.goto("/journal");
    const checks = page.getByRole("link", { name: /Redness, left foot — heel/ });
    await expect(checks).toHaveCount(1);
    await checks.click();
    const photo = page.getByRole("img", { name: "Photo 1", exact: true });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // Sending again finds nothing waiting: still one check.
    await page.goto("/journal/new");
    await page.goto("/journal");
    await expect(page.getByRole("link", { name: /Redness, left foot — heel/ })).toHaveCount(1);
  });

  test("an ended session keeps the check and asks to sign in; signing in sends it", async ({ page, context }) => {
    const person = newPerson("queue-session");
    await signInNewPerson(page, person);
    await openFormKept(page);
    await context.setOffline(true);
    const waiting = await recordOffline(page);
    await context.clearCookies();
    await context.setOffline(false);
    await expect(waiting).toContainText("your session has ended");
    await waiting.getByRole("link", { name: "Sign in to send it" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await signIn(page, person);
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Checks waiting to send" })).toHaveCount(0);
    await page.goto("/journal");
    await expect(page.getByRole("link", { name: /Redness, left foot — heel/ })).toHaveCount(1);
  });
});
