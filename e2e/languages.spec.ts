import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { BASE_URL } from "../playwright.config";
import { appLib, seedReportJournalOf } from "./app-database";
import { expectNoHorizontalScroll, linkFromOutbox, newPerson, signInNewPerson } from "./helpers";

// Footnote in Spanish, end to end: the browser asks for Spanish, so sign-up is in Spanish and the
// account keeps it; the check, its guidance, the reminder email and the report follow; the report
// can still be printed in English for the doctor. And the pseudo-language (long, accented English)
// finds no clipped text on the pages converted so far.

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, index) => pdf.getPage(index + 1).then((page) => page.getTextContent())));
  return pages.flatMap((content) => content.items.map((item) => ("str" in item ? item.str : ""))).join(" ");
}

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("a browser in Spanish signs up in Spanish, records a check and reads its guidance in Spanish @phone", async ({ page }) => {
    const person = { ...newPerson("espanol"), name: "Lucía Pérez" };
    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Cree su cuenta" })).toBeVisible();
    await expect(page.getByLabel("Idioma")).toHaveValue("es");
    // A mistake is explained in Spanish, beside the field.
    await page.getByRole("button", { name: "Crear mi cuenta" }).click();
    await expect(page.getByText("Escriba su nombre")).toBeVisible();
    await page.getByLabel("Su nombre").fill(person.name);
    await page.getByLabel("Correo electrónico").fill(person.email);
    await page.getByLabel("Contraseña").fill(person.password);
    await page.getByRole("button", { name: "Crear mi cuenta" }).click();
    await expect(page.getByRole("heading", { name: "Revise su correo" })).toBeVisible();

    // The emailed link, in Spanish, makes the account in Spanish.
    await page.goto(await linkFromOutbox(page, person.email, "Termine de crear su cuenta de Footnote"));
    await page.getByRole("button", { name: "Crear mi cuenta y abrir mi diario" }).click();
    await page.waitForURL(/\/welcome/);
    await page.goto("/today");
    await expect(page.getByRole("heading", { name: `Hola, ${person.name}` })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Diario" })).toBeVisible();

    // A check with a blister on the left heel: its guidance, in Spanish, on the saved check.
    await page.getByRole("link", { name: "Revisar mis pies ahora" }).click();
    await expect(page.getByRole("heading", { name: "Nueva revisión de los pies" })).toBeVisible();
    await page.getByRole("radio", { name: "3", exact: true }).check();
    await page.getByRole("button", { name: "Añadir una observación sin el mapa" }).click();
    await page.getByLabel("Pie", { exact: true }).selectOption({ label: "Pie izquierdo" });
    await page.getByLabel("En qué parte del pie").selectOption({ label: "Talón" });
    await page.getByLabel("Qué notó").selectOption({ label: "Ampolla" });
    await page.getByRole("button", { name: "Guardar esta revisión" }).click();
    await page.waitForURL(/\/journal\/[^/]+\?saved=1/);
    await expect(page.getByText("Su revisión está guardada.")).toBeVisible();
    const advice = page.locator('[data-advice="blister"]');
    await expect(advice.getByRole("heading", { name: "Cómo cuidar una ampolla" })).toBeVisible();
    await expect(advice).toContainText("Anotó una ampolla en el talón izquierdo hoy.");
    await expect(page.getByText("Información general sobre el cuidado de los pies, no consejo médico.")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test("a Spanish account gets its reminder in Spanish and prints the report in English for the doctor", async ({ page }) => {
    const person = { ...newPerson("informe"), name: "Rosa Díaz" };
    await signInNewPerson(page, person);
    const { db } = await appLib();
    const { createDueReminder } = await import("../lib/testing/reminders");
    const user = await db().user.update({ where: { email: person.email }, data: { locale: "es-ES" }, select: { id: true } });
    await seedReportJournalOf(person.email, 6, 0);
    await createDueReminder(user.id, new Date(Date.now() + 86_400_000), { kind: "SELF_CHECK" });

    // A test of the reminder goes out as every reminder does, in the account's language.
    await page.goto("/reminders");
    await expect(page.getByRole("heading", { name: "Sus avisos" })).toBeVisible();
    await expect(page.getByText(/^Todos los días a las \d\d:\d\d \(UTC\)$/)).toBeVisible();
    await page.getByRole("button", { name: "Enviar una prueba ahora" }).click();
    await expect(page.getByText("El correo de prueba va de camino.")).toBeVisible();
    await page.goto("/dev/outbox");
    await page.getByRole("link", { name: new RegExp(`Es hora de revisar sus pies.*To ${person.email.replace(/[.+]/g, "\\$&")}`) }).first().click();
    await expect(page.getByText("Esto es una prueba, enviada porque usted la pidió.")).toBeVisible();
    await expect(page.getByText(`Hola, ${person.name}:`)).toBeVisible();

    // The report: Spanish on the page, English for the doctor when asked, on screen and in the PDF.
    await page.goto("/report");
    await expect(page.getByRole("heading", { name: `Informe de salud de los pies: ${person.name}` })).toBeVisible();
    await page.getByLabel("Idioma del informe").selectOption("en");
    await expect(page.getByRole("heading", { name: `Foot health report: ${person.name}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Informe para su médico" })).toBeVisible();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Descargar PDF" }).click();
    const text = await pdfText(new Uint8Array(await readFile((await (await downloading).path())!)));
    expect(text).toContain(`Foot health report: ${person.name}`);
    expect(text).toContain("Questions for my doctor");
    expect(text).not.toContain("Informe de salud");
  });
});

/**
 * Text cut off by its box: an element whose content is wider or taller than it shows. Text hidden
 * for screen readers on purpose is left out (.sr-only, and a report table's header row on a phone,
 * where each cell names its column).
 */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main *, header *")]
      .filter((element) => {
        const style = getComputedStyle(element);
        if (style.display === "none" || style.visibility === "hidden" || element.closest(".sr-only, .report-table-stacks thead, svg, select, option")) return false;
        const clips = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY) || style.textOverflow === "ellipsis";
        return clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) && element.textContent?.trim();
      })
      .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent!.trim().slice(0, 60)}`),
  );
}

test("the pseudo-language finds no clipped or overflowing text on the signed-out pages @phone", async ({ page }) => {
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  for (const path of ["/sign-up", "/sign-in", "/forgot-password"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});

test("the pseudo-language finds no clipped or overflowing text on the signed-in pages @phone", async ({ page }) => {
  const person = newPerson("pseudo");
  await signInNewPerson(page, person);
  // A week of checks, with a red flag and a photo: Today's guidance, a saved check and its edit page.
  const { userId } = await seedReportJournalOf(person.email, 7, 1);
  const { db } = await appLib();
  const entry = await db().entry.findFirstOrThrow({ where: { userId, photos: { some: {} } }, select: { id: true } });
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  for (const path of ["/today", "/journal/new", `/journal/${entry.id}`, `/journal/${entry.id}/edit`, "/report", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});

test("the pseudo-language finds no clipped or overflowing text on the reminders, settings and account pages @phone", async ({ page }) => {
  const person = newPerson("pseudo-account");
  await signInNewPerson(page, person);
  const { db } = await appLib();
  const { createDueReminder } = await import("../lib/testing/reminders");
  const { createAppointment } = await import("../lib/appointments/appointments");
  const { ownerAccess } = await import("../lib/journals/policy");
  const user = await db().user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true } });
  const reminder = await createDueReminder(user.id, new Date(Date.now() + 86_400_000), { kind: "SELF_CHECK" });
  await createAppointment(ownerAccess(user.id), { clinician: "Dr. Lee", place: "Clinic", reason: "Nail care", date: "2030-03-10", time: "14:30", timeZone: "Europe/London", remindBefore: [1440], customHoursBefore: null });
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  for (const path of ["/reminders", "/reminders/new", `/reminders/${reminder.id}/edit`, "/reminders/appointments/new", "/settings", "/settings/two-step"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});

test("the pseudo-language finds no clipped or overflowing text on the journal, trends and first-run pages @phone", async ({ page }) => {
  // A journal with checks and tagged photos (the list, its filters, photo comparison) and the
  // trends of a known journal, then the first-run steps.
  const person = newPerson("pseudo-journal");
  await signInNewPerson(page, person);
  const { db } = await appLib();
  const { seedTrendsJournal } = await import("../lib/testing/trends-journal");
  await seedTrendsJournal(await db().user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true, timeZone: true } }), "full");
  await seedReportJournalOf(person.email, 3, 2);
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  for (const path of ["/journal?minPain=1", "/journal/compare", "/trends", "/trends?range=90d&heat=pain", "/welcome", "/welcome?step=reminder", "/welcome?step=helper"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});

test("the pseudo-language finds no clipped or overflowing text on the signed-out account pages and the reminder email links @phone", async ({ page }) => {
  await appLib();
  const { signEmailLink } = await import("../lib/reminders/email-token");
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  // A genuine link (the pages check only its signature and age; pressing the button acts on it).
  const token = signEmailLink({ userId: "someone", reminderId: "a-reminder", deliveryId: "a-delivery", expiresAt: new Date(Date.now() + 86_400_000) });
  for (const path of ["/sign-in/check-email", "/sign-in/link?token=x&email=a%40example.com", "/sign-in/second-step", "/reset-password?token=x", "/confirm-email?token=x", `/r/pause?token=${token}`, `/r/snooze?token=${token}&until=evening`, "/r/done?what=paused", "/r/pause?token=x"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});

test("the pseudo-language finds no clipped or overflowing text on the landing, offline and link pages @phone", async ({ page }) => {
  // The signed-out pages a carer or a doctor opens from a link: an invitation (live and dead) and
  // a shared report, seeded in this process; then the landing and offline pages.
  const [{ db }, { createAccount }, { hashToken }, shareLinks, { REPORT_SECTIONS }, { seedReportJournal }] = await Promise.all([
    appLib(),
    import("../lib/auth/sign-up"),
    import("../lib/auth/single-use-tokens"),
    import("../lib/share-links/share-links"),
    import("../lib/report/sections"),
    import("../lib/testing/report-journal"),
  ]);
  const { userId } = await createAccount({ name: "Pseudo Owner", email: newPerson("pseudo-owner").email, password: "a password of their own", timeZone: "Europe/London" });
  await seedReportJournal(userId, { timeZone: "Europe/London", days: 3, photos: 2 });
  const invitationToken = `pseudo-invitation-${crypto.randomUUID()}`;
  await db().journalInvitation.create({ data: { userId, email: newPerson("pseudo-carer").email, role: "RECORD", tokenHash: hashToken(invitationToken), expiresAt: new Date(Date.now() + 86_400_000) } });
  const shared = await shareLinks.createShareLink(userId, { from: "2020-01-01", to: "2099-12-31", sections: [...REPORT_SECTIONS], expiresInHours: 24 });
  await page.context().addCookies([{ name: "locale", value: "en-XA", url: BASE_URL }]);
  for (const path of ["/", "/offline", `/invitations/${invitationToken}`, "/invitations/not-a-real-invitation", `/share/${shared!.token}`]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en-XA");
    await expectNoHorizontalScroll(page);
    expect(await clippedText(page), path).toEqual([]);
  }
});
