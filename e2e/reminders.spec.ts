import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoAxeViolations, expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

async function createReminder(page: Page) {
  await page.goto("/reminders");
  await page.getByRole("link", { name: "New reminder" }).click();
  await expect(page.getByRole("heading", { name: "New reminder" })).toBeVisible();
  const preview = page.getByRole("list", { name: "Next reminders" });
  await expect(preview.getByRole("listitem")).toHaveCount(5);
  await expect(page.getByText("Every day at 08:00")).toBeVisible();
  // The preview follows the form as it changes.
  await page.getByLabel("How often").selectOption("MONTHLY");
  await page.getByLabel("Day of the month").fill("31");
  await expect(page.getByText(/Every month on day 31/)).toBeVisible();
  await expect(preview.getByRole("listitem")).toHaveCount(5);
  await expect(preview.getByRole("listitem").filter({ hasText: /28 February|29 February/ })).toHaveCount(1);
  await page.getByLabel("How often").selectOption("DAILY");
  await page.getByLabel("Time", { exact: true }).fill("07:45");
  await expect(page.getByText("Every day at 07:45")).toBeVisible();
  await page.getByRole("button", { name: "Save reminder" }).click();
  await expect(page.getByRole("heading", { name: "Daily foot check" })).toBeVisible();
}

async function createAppointment(page: Page) {
  await page.goto("/reminders/appointments/new");
  await page.getByLabel("Who you are seeing").fill("Dr. Lee, podiatrist");
  await page.getByLabel("Where (optional)").fill("Riverside Clinic");
  await page.getByLabel("Date").fill("2027-01-15");
  await page.getByLabel("Time", { exact: true }).fill("14:30");
  await page.getByRole("button", { name: "Save appointment" }).click();
  await expect(page.getByRole("heading", { name: "Dr. Lee, podiatrist" })).toBeVisible();
}

test.describe("reminders and appointments", () => {
  test("create a reminder with its preview, send a test now, and find it in the outbox", async ({ page }) => {
    const person = newPerson("reminder");
    await signInNewPerson(page, person);
    await createReminder(page);
    await expect(page.getByText("Every day at 07:45")).toBeVisible();
    await page.getByRole("button", { name: "Send a test now" }).click();
    await expect(page.getByText("A test email is on its way.")).toBeVisible();

    await page.goto("/dev/outbox");
    await page.getByRole("link", { name: new RegExp(`Time to check your feet.*To ${person.email.replace(/[.+]/g, "\\$&")}`) }).first().click();
    await expect(page.getByRole("heading", { name: "Time to check your feet" })).toBeVisible();
    await expect(page.getByText("This is a test")).toBeVisible();
    await expect(page.getByText(/\/journal\/new/).first()).toBeVisible();
  });

  test("pause and resume a reminder from the page", async ({ page }) => {
    await signInNewPerson(page, newPerson("pause"));
    await createReminder(page);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByText("Paused: no emails until you resume it.")).toBeVisible();
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByText(/^Next: /)).toBeVisible();
  });

  test("download an appointment's .ics with its alarms", async ({ page }) => {
    await signInNewPerson(page, newPerson("appointment"));
    await createAppointment(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Add the appointment with Dr\. Lee, podiatrist to my calendar/ }).click()]);
    const ics = await readFile((await download.path())!, "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("SUMMARY:Appointment: Dr. Lee\\, podiatrist\r\n");
    expect(ics).toContain("LOCATION:Riverside Clinic\r\n");
    expect(ics).toContain("BEGIN:VALARM\r\nACTION:DISPLAY");
    expect(ics).toContain("TRIGGER:-PT1440M");

    await page.getByRole("button", { name: "Create my calendar address" }).click();
    const feedUrl = await page.getByLabel("Your private calendar address").inputValue();
    const feed = await page.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("SUMMARY:Appointment: Dr. Lee\\, podiatrist");
  });

  test("another signed-in user gets 404 for someone else's reminder, appointment, .ics and feed", async ({ page, browser }) => {
    await signInNewPerson(page, newPerson("owner"));
    await createReminder(page);
    const editPath = await page.getByRole("link", { name: "Edit Daily foot check" }).getAttribute("href");
    await createAppointment(page);
    const icsPath = await page.getByRole("link", { name: /to my calendar/ }).getAttribute("href");
    await page.getByRole("button", { name: "Create my calendar address" }).click();
    const feedUrl = await page.getByLabel("Your private calendar address").inputValue();

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signInNewPerson(other, newPerson("intruder"));
    const response = await other.goto(editPath!);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await other.request.get(icsPath!)).status()).toBe(404);
    expect((await other.request.get(`${feedUrl.slice(0, -8)}AAAA.ics`)).status()).toBe(404);
    expect((await page.request.get(icsPath!)).status()).toBe(200);
    // Making a new address retires the old one.
    await page.getByRole("button", { name: "Make a new calendar address" }).click();
    await page.getByRole("alertdialog", { name: "Make a new calendar address?" }).getByRole("button", { name: "Yes, make a new one" }).click();
    await expect(page.getByLabel("Your private calendar address")).not.toHaveValue(feedUrl);
    expect((await page.request.get(feedUrl)).status()).toBe(404);
    await otherContext.close();
  });

  test("the reminders pages pass axe's WCAG 2.1 AA checks and fit 375 px @phone", async ({ page }) => {
    await signInNewPerson(page, newPerson("axe-reminders"));
    await createReminder(page);
    await createAppointment(page);
    for (const path of ["/reminders", "/reminders/new", "/reminders/appointments/new", "/r/pause?token=x"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    }
  });
});
