import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { rowCounter, userIdOf } from "./app-database";
import { expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

// Today at a glance, guidance that stays until healed, temperature the IWGDF way, and pages that
// only read.

async function saveProfile(page: Page, options: { diabetes?: boolean; category?: string; professionalCheck?: boolean }) {
  await page.goto("/settings");
  if (options.diabetes) await page.getByLabel("Diabetes").check();
  if (options.category) await page.getByLabel("Foot-risk category from your clinician (IWGDF), if you were given one").selectOption(options.category);
  if (options.professionalCheck) await page.getByLabel("Email me when a professional foot check is due").check();
  await page.getByRole("button", { name: "Save health profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Health profile saved." })).toBeVisible();
}

async function recordCheck(page: Page, fill: (page: Page) => Promise<void>, date?: string) {
  await page.goto("/journal/new");
  if (date) await page.getByLabel("Date").fill(date);
  await page.getByRole("radio", { name: "3", exact: true }).check();
  await fill(page);
  await page.getByRole("button", { name: "Save this check" }).click();
  await expect(page.getByText("Your check is saved.")).toBeVisible();
}

const blisterOnLeftHeel = async (page: Page) => {
  await page.getByRole("button", { name: "Left foot, sole, heel" }).click();
  await page.getByRole("list", { name: "Observations" }).getByLabel("What you noticed").selectOption({ label: "Blister" });
};

test.describe("Today", () => {
  test("at a glance: next appointment, active guidance with healed, 14 days of pain @phone", async ({ page }) => {
    const person = newPerson("today");
    await signInNewPerson(page, person);
    await saveProfile(page, { diabetes: true });
    await page.goto("/today");
    await expect(page.getByTestId("checked-days")).toContainText("Today is your first day with Footnote: today's check starts your record.");
    await expect(page.getByTestId("next-appointment")).toContainText("None booked.");
    await expect(page.getByTestId("recent-pain-summary")).toHaveText("No checks in the last 14 days yet: each check you record adds a bar here.");

    await recordCheck(page, blisterOnLeftHeel);
    // A second check minutes later, noting nothing: the blister still counts, so no massage tip.
    await recordCheck(page, async () => {});
    await expect(page.getByRole("region", { name: "Foot-care guidance" })).toContainText("Contact your doctor or foot clinic promptly");
    await expect(page.getByText("A gentle foot massage")).toHaveCount(0);

    await page.goto("/reminders/appointments/new");
    await page.getByLabel("Who you are seeing").fill("Riverside Podiatry");
    await page.getByLabel("Date").fill("2030-01-15");
    await page.getByLabel("Time", { exact: true }).fill("10:30");
    await page.getByRole("button", { name: "Save appointment" }).click();
    await expect(page.getByRole("heading", { name: "Riverside Podiatry" })).toBeVisible();

    await page.goto("/today");
    await expect(page.getByTestId("checked-days")).toContainText("You have checked your feet today, your first day with Footnote.");
    await expect(page.getByTestId("next-appointment")).toContainText("Riverside Podiatry");
    await expect(page.getByTestId("recent-pain-summary")).toContainText("You recorded pain on 1 of the last 14 days: it averaged 3.0 out of 10");
    await expect(page.getByRole("img", { name: /You recorded pain on 1 of the last 14 days/ })).toBeVisible();
    const active = page.getByRole("region", { name: "Guidance still active" });
    await expect(active).toContainText("Contact your doctor or foot clinic promptly");
    await expect(active).toContainText("You noted a blister on the left heel today.");
    await expectNoHorizontalScroll(page);

    await active.getByRole("button", { name: "Healed: a blister on the left heel" }).click();
    await expect(active.getByRole("status").filter({ hasText: "Marked healed: a blister on the left heel." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Guidance still active" })).not.toContainText("Contact your doctor or foot clinic promptly");
    await expect(page.getByRole("region", { name: "Guidance still active" })).toContainText("A gentle foot massage");
  });

  test("skin temperature: the same spot over 2.2 °C two days in a row is flagged; one day says measure again", async ({ page }) => {
    await signInNewPerson(page, newPerson("temperature"));
    const heel = (left: string, right: string) => async (form: Page) => {
      // Closed for someone who has not measured yet, open once they have.
      const details = form.locator("details", { hasText: "Skin temperature (°C), if you measure it" });
      if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
      await form.getByRole("group", { name: "Heel" }).getByLabel("Left °C").fill(left);
      await form.getByRole("group", { name: "Heel" }).getByLabel("Right °C").fill(right);
    };
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await recordCheck(page, heel("34.0", "31.5"), yesterday);
    await expect(page.getByRole("region", { name: "Foot-care guidance" })).toContainText("Measure again tomorrow at the same time of day");
    await expect(page.getByRole("table", { name: "Skin temperature (°C)" })).toContainText("2.5 (left warmer), over 2.2");

    await page.goto("/journal/new");
    await expect(page.locator("details", { hasText: "Skin temperature (°C), if you measure it" })).toHaveAttribute("open", "");
    await recordCheck(page, heel("33.9", "31.4"));
    const guidance = page.getByRole("region", { name: "Foot-care guidance" });
    await expect(guidance).toContainText("Contact your foot clinic: one foot is warmer");
    await expect(guidance).toContainText("The left heel was 2.5 °C warmer than the right today, and yesterday by 2.5 °C.");

    await page.goto("/trends");
    await expect(page.getByRole("heading", { name: "Heel", level: 3 })).toBeVisible();
    await expect(page.getByTestId("temperature-summary")).toHaveText("1 spot measured over the last 30 days; over 2.2 °C at times: heel.");
  });

  // In two halves, each with its own person, so each test stays well under 30 s.
  const pages = (entryPath: string, sharePath: string) => [
    ["/today", "/journal", entryPath, `${entryPath}/edit`, "/journal/new", "/journal/compare?foot=LEFT&region=HEEL", "/trends", "/reminders"],
    ["/reminders/new", "/reminders/appointments/new", "/report", "/settings", "/welcome", "/welcome?step=reminder", "/welcome?step=helper", sharePath],
  ];
  for (const half of [0, 1]) {
    test(`viewing every page writes no row (${half + 1} of 2)`, async ({ page }) => {
      const person = newPerson("readonly");
      await signInNewPerson(page, person);
      await saveProfile(page, { diabetes: true, category: "2", professionalCheck: true });
      await recordCheck(page, blisterOnLeftHeel);
      const entryPath = new URL(page.url()).pathname;
      await page.goto("/report");
      await page.getByRole("button", { name: "Create a share link" }).click();
      const sharePath = new URL(await page.getByLabel("Share link", { exact: true }).inputValue()).pathname;
      const userId = await userIdOf(person.email);

      const rows = await rowCounter(userId);
      expect(rows.tables).toEqual(expect.arrayContaining(["Entry", "Observation", "TemperatureReading", "Reminder", "Delivery", "HealthProfile", "User"]));
      try {
        for (const path of pages(entryPath, sharePath)[half]!) {
          const before = await rows.count();
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          const after = await rows.count();
          // A share link's opening is one line in the owner's activity list (docs/decisions/0061), and nothing else.
          if (path === sharePath) {
            expect(after.JournalActivity, "the share link's opening is listed").not.toEqual(before.JournalActivity);
            expect({ ...after, JournalActivity: "" }, `rows after viewing ${path}`).toEqual({ ...before, JournalActivity: "" });
          } else {
            expect(after, `rows after viewing ${path}`).toEqual(before);
          }
        }
      } finally {
        await rows.close();
      }
    });
  }
});
