import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { appLib, seedReportJournalOf } from "./app-database";
import { expectNoAxeViolations, expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

// The doctor report end to end: seeded through lib/ straight into the app's own database (the
// embedded PostgreSQL the test server runs under .data/e2e), then driven in Chromium.

type Seeded = { userId: string; pains: number[]; photoIds: string[]; from: string; to: string };

/** Signs a new person up and seeds `days` of daily checks with `photos` photos (60 days: the report's figures). */
async function seededPerson(page: Page, label: string, photos = 3, days = 60) {
  const person = newPerson(label);
  await signInNewPerson(page, person);
  const journal: Seeded = await seedReportJournalOf(person.email, days, photos);
  return { person, user: { id: journal.userId, email: person.email }, journal };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  // pdf.js splits text at element edges ("mean 3.5 , max"): join what a reader sees as one line.
  return pages.join("\n").replace(/\s+/g, " ").replace(/\s+([,.;:)])/g, "$1").replace(/\(\s+/g, "(");
}

/** Makes a one-day share link on the report page and returns its address. */
async function createShareLink(page: Page): Promise<string> {
  await page.goto("/report");
  await page.getByLabel("The link stops working after").selectOption({ label: "1 day" });
  await page.getByRole("button", { name: "Create a share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  return url;
}

const mean = (values: number[]) => Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
const NAVIGATION = ["Sign out", "Trends", "Reminders", "Settings", "Download PDF", "Share with your clinician"];

test.describe("doctor report", () => {
  test("Download PDF prints the seeded report with its figures, page numbers and no navigation", async ({ page }) => {
    test.setTimeout(120_000);
    const { person, journal } = await seededPerson(page, "pdf");
    await page.goto("/report");
    await expect(page.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();
    await expect(page.getByText(`Checked on ${journal.pains.length} of 90 days`)).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    await expect(page.getByText(/Preparing your PDF/)).toBeVisible();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^footnote-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(new Uint8Array(await readFile((await download.path())!)));

    expect(text).toContain(`Foot health report: ${person.name}`);
    expect(text).toContain(`Checked on ${journal.pains.length} of 90 days`);
    expect(text).toContain(`mean ${mean(journal.pains)}, max 8 of 10`);
    expect(text).toContain("Open sore, right foot — ball of the foot");
    expect(text).toContain("Dr Ada Lovelace");
    expect(text).toMatch(/Page 1 of \d+/);
    for (const word of NAVIGATION) expect(text).not.toContain(word);

    // The browser's own Print of the report page: the same stylesheet leaves the app's menus out.
    await page.emulateMedia({ media: "print" });
    const printed = await pdfText(new Uint8Array(await page.pdf({ format: "Letter" })));
    expect(printed).toContain(`Checked on ${journal.pains.length} of 90 days`);
    for (const word of NAVIGATION) expect(printed).not.toContain(word);

    // The page the server's own Chromium prints for the PDF, opened here so its policy and scripts
    // are checked like every other page's (e2e/test.ts).
    await appLib();
    const [{ createPrintToken }, { REPORT_SECTIONS }] = await Promise.all([import("../lib/report/print-token"), import("../lib/report/sections")]);
    await page.emulateMedia({ media: "screen" });
    await page.goto(`/share/print/${createPrintToken(journal.userId, { from: journal.from, to: journal.to, sections: [...REPORT_SECTIONS] })}`);
    await expect(page.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();
  });

  test("a share link shows that report signed out, with its own photos only @phone", async ({ page, browser }) => {
    // Two weeks are enough for a report with photos; the report page itself is scanned by axe in
    // accessibility.spec.ts, so only the shared page is scanned here.
    const { person, journal } = await seededPerson(page, "share", 3, 14);
    // Only a photo of someone else is needed: a few days are enough.
    const stranger = await seededPerson(await (await browser.newContext()).newPage(), "stranger", 1, 5);
    const url = await createShareLink(page);

    const clinic = await (await browser.newContext()).newPage();
    const response = await clinic.goto(url);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    expect(response?.headers()["x-robots-tag"]).toContain("noindex");
    await expect(clinic.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(clinic.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();
    await expect(clinic.getByRole("navigation")).toHaveCount(0);
    const photo = clinic.getByRole("img", { name: /^Latest photo/ });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectNoAxeViolations(clinic);
    await expectNoHorizontalScroll(clinic);

    const token = url.split("/").pop()!;
    const own = await clinic.request.get(`/api/share/${token}/photos/${journal.photoIds.at(-1)}`);
    expect(own.status()).toBe(200);
    for (const id of [stranger.journal.photoIds[0], "not-an-id"]) expect((await clinic.request.get(`/api/share/${token}/photos/${id}`)).status()).toBe(404);
    expect((await clinic.request.get(`/api/photos/${journal.photoIds[0]}`)).status()).toBe(401);
    // Nothing else of the app opens with it: the journal and exports still need a sign-in.
    expect((await clinic.request.get("/api/export/fhir")).status()).toBe(401);
    await clinic.goto("/journal");
    await expect(clinic).toHaveURL(/\/sign-in/);
    await page.reload();
    await expect(page.getByRole("list", { name: "Your share links" }).getByText(/Last opened/)).toBeVisible();
  });

  test("a share link stops working once withdrawn, and once expired @phone", async ({ page, browser }) => {
    const { person, journal } = await seededPerson(page, "share-ends", 1, 5);
    const url = await createShareLink(page);
    const clinic = await (await browser.newContext()).newPage();
    await clinic.goto(url);
    await expect(clinic.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();

    await page.getByRole("button", { name: /^Withdraw the link/ }).click();
    await page.getByRole("alertdialog", { name: "Withdraw this link?" }).getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByRole("list", { name: "Your share links" }).getByText("Withdrawn", { exact: true })).toBeVisible();
    await clinic.goto(url);
    await expect(clinic.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    const token = url.split("/").pop()!;
    expect((await clinic.request.get(`/api/share/${token}/photos/${journal.photoIds.at(-1)}`)).status()).toBe(404);

    await page.getByRole("button", { name: "Create a share link" }).click();
    const second = await page.getByLabel("Share link", { exact: true }).inputValue();
    const { db } = await appLib();
    await db().shareLink.updateMany({ where: { userId: journal.userId, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await clinic.goto(second);
    await expect(clinic.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    await expectNoAxeViolations(clinic);
  });

  test("CSV and FHIR downloads parse and match the seeded journal; another person gets only their own", async ({ page, browser }) => {
    const { user, journal } = await seededPerson(page, "export", 2);
    const csv = await page.request.get("/api/export/csv?of=entries");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(rows[0]?.split(",").slice(0, 5)).toEqual(["entry_id", "recorded_at", "local_date", "time_zone", "pain"]);
    expect(rows.slice(1).map((row) => Number(row.split(",")[4]))).toEqual(journal.pains);
    expect(rows[1]?.split(",")[1]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00([+-]\d{2}:\d{2}|Z)$/);
    const observations = (await (await page.request.get("/api/export/csv?of=observations")).text()).trim().split("\r\n");
    expect(observations.filter((row) => row.includes("Open sore"))).toHaveLength(1);

    const bundle = (await (await page.request.get("/api/export/fhir")).json()) as { resourceType: string; entry: { resource: { resourceType: string; valueInteger?: number; code?: { coding?: { code: string }[] }; bodySite?: unknown } }[] };
    expect(bundle.resourceType).toBe("Bundle");
    const pains = bundle.entry.filter((e) => e.resource.code?.coding?.[0]?.code === "72514-3" && !e.resource.bodySite).map((e) => e.resource.valueInteger);
    expect(pains).toEqual(journal.pains);
    expect(bundle.entry.filter((e) => e.resource.resourceType === "Media")).toHaveLength(2);

    const other = await (await browser.newContext()).newPage();
    await signInNewPerson(other, newPerson("other"));
    expect((await (await other.request.get("/api/export/csv?of=entries")).text()).trim().split("\r\n")).toHaveLength(1);
    expect(JSON.stringify(await (await other.request.get("/api/export/fhir")).json())).not.toContain(user.email);
    expect((await other.request.get(`/api/photos/${journal.photoIds[0]}`)).status()).toBe(404);
  });

  test("deleting the account leaves no row in any table and no file in storage @phone", async ({ page }) => {
    const { person, user } = await seededPerson(page, "delete", 2);
    const { db, photoStorage } = await appLib();
    const keys = (await db().photo.findMany({ where: { userId: user.id } })).flatMap((photo) => [photo.storageKey, photo.thumbnailKey]);
    expect(keys).toHaveLength(4);

    await page.goto("/settings");
    await expectNoHorizontalScroll(page);
    await page.getByLabel(/To confirm, enter the password of/).fill("not my password at all");
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page.getByText("That is not your current password")).toBeVisible();
    await page.getByLabel(/To confirm, enter the password of/).fill(person.password);
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page).toHaveURL(/\/\?account=deleted/);

    const tables = await db().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'userId'`;
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const { table_name } of tables) {
      const [row] = await db().$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table_name}" WHERE "userId" = $1`, user.id);
      expect(Number(row?.count), table_name).toBe(0);
    }
    expect(await db().user.count({ where: { id: user.id } })).toBe(0);
    const stored = new Set(await photoStorage().list());
    for (const key of keys) expect(stored.has(key)).toBe(false);
    expect(await db().outboxMessage.count({ where: { to: person.email, subject: "Your Footnote account is deleted" } })).toBe(1);
  });
});

