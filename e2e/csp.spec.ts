import { expect, request as playwright, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { appLib, seedReportJournalOf } from "./app-database";
import { CHROMIUM_ARGS, FULL_CHROMIUM } from "./browsers";
import { linkFromOutbox, newPerson, signInNewPerson } from "./helpers";

// Every page, the camera dialog, the charts and the printed report, under the real
// Content-Security-Policy: any CSP violation or console error the browser reports fails the test.

test.use({
  permissions: ["camera"],
  launchOptions: { executablePath: FULL_CHROMIUM, args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"] },
});

/** Collects what the browser reports: console errors, uncaught errors and CSP violations. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  void page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)),
  );
  return problems;
}

async function visit(page: Page, path: string, ready: Parameters<Page["getByRole"]>[1] & { role?: Parameters<Page["getByRole"]>[0] } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole(ready.role ?? "heading", { level: ready.role ? undefined : 1, ...ready }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test.describe("under the Content-Security-Policy", () => {
  test("the signed-out pages and the email-link pages", async ({ page }) => {
    const problems = watchForProblems(page);
    for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/check-email", "/sign-up/confirm?token=x", "/confirm-email?token=x", "/r/done?what=paused", "/r/pause?token=x", "/dev/outbox"]) {
      await visit(page, path);
    }
    expect(problems).toEqual([]);
  });

  test("the pages emailed links open: sign-up, reset, sign-in", async ({ page }) => {
    const problems = watchForProblems(page);
    const person = newPerson("csp-out");
    await signInNewPerson(page, person);
    await page.context().clearCookies({ name: /session-token/ });
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(person.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText("If an account exists for that address")).toBeVisible();
    await visit(page, await linkFromOutbox(page, person.email, "Reset your Footnote password"));
    await visit(page, "/sign-in");
    await page.getByRole("form", { name: "Or get a sign-in link by email" }).getByLabel("Email address").fill(person.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await visit(page, await linkFromOutbox(page, person.email, "Your sign-in link for Footnote"));
    await page.getByRole("button", { name: "Sign in to Footnote" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("the journal, with the camera dialog lined up on an earlier photo", async ({ browser }) => {
    const { page, entryId } = await signedInPage(browser);
    const problems = watchForProblems(page);
    await visit(page, "/today");
    await visit(page, "/journal");
    await visit(page, `/journal/${entryId}`);
    await visit(page, `/journal/${entryId}/edit`);
    await visit(page, "/journal/compare");
    await visit(page, "/journal/new");
    const compare = page.getByRole("group", { name: "Compare with an earlier photo" });
    await compare.getByLabel("Foot").selectOption("LEFT");
    await compare.getByLabel("Where").selectOption("HEEL");
    await compare.getByRole("button", { name: "Take a photo lined up with the last one" }).click();
    const dialog = page.getByRole("dialog", { name: "Take a photo lined up with the last one" });
    await expect(dialog.getByRole("button", { name: "Take photo" })).toBeEnabled();
    await dialog.getByRole("button", { name: "Take photo" }).click();
    await expect(page.getByText(/Camera photo \(left foot, heel\)/).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("trends with their charts, reminders, settings, the first-run steps and the outbox", async ({ browser }) => {
    const { page } = await signedInPage(browser);
    const problems = watchForProblems(page);
    await visit(page, "/trends");
    await expect(page.getByRole("img", { name: /^Pain averaged/ }).locator("svg path").first()).toBeAttached();
    await visit(page, "/reminders");
    await visit(page, "/reminders/new");
    await visit(page, "/reminders/appointments/new");
    await visit(page, "/settings");
    await visit(page, "/welcome");
    await visit(page, "/welcome?step=reminder");
    await visit(page, "/welcome?step=helper");
    await visit(page, "/dev/outbox");
    await page.locator('a[href^="/dev/outbox/"]').first().click();
    await expect(page.getByRole("link", { name: "← All emails" })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("the report printed, as a PDF, on its print page and through a share link", async ({ browser }) => {
    const { page, userId } = await signedInPage(browser);
    const problems = watchForProblems(page);
    await visit(page, "/report");
    await page.emulateMedia({ media: "print" });
    await page.pdf();
    await page.emulateMedia({ media: "screen" });
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);

    await appLib();
    const [{ createPrintToken }, { REPORT_SECTIONS }] = await Promise.all([import("../lib/report/print-token"), import("../lib/report/sections")]);
    const token = createPrintToken(userId, { from: "2020-01-01", to: "2099-12-31", sections: [...REPORT_SECTIONS] });
    await visit(page, `/share/print/${token}`);

    await page.goto("/report");
    await page.getByRole("button", { name: "Create a share link" }).click();
    const link = await page.getByLabel("Share link", { exact: true }).inputValue();
    const clinic = await browser.newPage();
    const clinicProblems = watchForProblems(clinic);
    await visit(clinic, link);
    await clinic.close();
    expect([...problems, ...clinicProblems]).toEqual([]);
  });
});

type Seeded = { userId: string; entryId: string; storageState: Awaited<ReturnType<APIRequestContext["storageState"]>> };
let seededPerson: Promise<Seeded> | undefined;

/** One person with 20 days of checks and photos, made once for these tests, and a signed-in state. */
function seeded(): Promise<Seeded> {
  seededPerson ??= (async () => {
    const person = newPerson("csp");
    await appLib();
    const { createAccount } = await import("../lib/auth/sign-up");
    await createAccount({ name: person.name, email: person.email, password: person.password, timeZone: "Europe/London" });
    const { userId } = await seedReportJournalOf(person.email, 20, 2);
    const { db } = await appLib();
    const entry = await db().entry.findFirstOrThrow({ where: { userId, photos: { some: {} } }, select: { id: true } });
    const api = await playwright.newContext({ baseURL: BASE_URL });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", { form: { email: person.email, password: person.password, csrfToken, json: "true" } });
    const storageState = await api.storageState();
    await api.dispose();
    return { userId, entryId: entry.id, storageState };
  })();
  return seededPerson;
}

async function signedInPage(browser: Browser) {
  const { storageState, ...rest } = await seeded();
  const context = await browser.newContext({ storageState, permissions: ["camera"] });
  return { page: await context.newPage(), ...rest };
}
