import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { expectNoHorizontalScroll, finishSignUp, linkFromOutbox, newPerson, requestSignUp } from "./helpers";

// The first run after sign-up, through the browser: three skippable steps, resumable from Today.

async function createAccount(page: Page, person: ReturnType<typeof newPerson>) {
  await requestSignUp(page, person);
  await finishSignUp(page, person.email);
  await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/welcome$/);
}

test.describe("first run", () => {
  test("what brings you here, a daily reminder with a test email, someone who helps, then Today @phone", async ({ page }) => {
    const person = newPerson("firstrun");
    await createAccount(page, person);
    await expect(page.getByText("Step 1 of 3")).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.getByLabel("Diabetes").check();
    // The category in plain words; the professional-check email appears only with one, explained.
    await expect(page.getByLabel("Email me when a professional foot check is due")).toHaveCount(0);
    await page.getByRole("radio", { name: /^Category 2 — Moderate risk/ }).check();
    await expect(page.getByText(/For category 2, a check by a podiatrist or foot clinic is advised every 3–6 months/)).toBeVisible();
    await page.getByLabel("Email me when a professional foot check is due").check();
    await page.getByRole("button", { name: "Save and continue" }).click();

    await expect(page.getByRole("heading", { name: "A daily reminder", level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    // On by default with diabetes; the temperature reminder is offered for category 2.
    await expect(page.getByLabel("Email me every day to check my feet")).toBeChecked();
    await expect(page.getByLabel(/Also remind me to measure my foot temperature/)).not.toBeChecked();
    await page.getByLabel("At what time?").fill("07:30");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved: an email every day at 07:30" })).toBeVisible();
    await page.getByRole("button", { name: "Send a test email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "A test email is on its way." })).toBeVisible();
    await page.getByRole("link", { name: "Continue" }).click();

    await expect(page.getByRole("heading", { name: "Does someone help with your feet?" })).toBeVisible();
    // Step three invites for real: the invitation is emailed, and the setup goes on.
    const helper = newPerson("helper");
    const invite = page.getByRole("form", { name: "Invite someone who helps" });
    await invite.getByLabel("Their email address").fill(helper.email);
    await invite.getByRole("radio", { name: /^See/ }).check();
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`We emailed an invitation to ${helper.email}.`)).toBeVisible();
    expect(await linkFromOutbox(page, helper.email, `${person.name} invited you to help with their Footnote journal`)).toMatch(/\/invitations\//);
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Finish and go to Today" }).click();

    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Set up Footnote for you" })).toHaveCount(0);
    await expect(page.getByTestId("next-reminder")).toContainText(/Daily foot check: .*07:30/);
    // Day one counts from joining, not "0 of the last 30 days".
    await expect(page.getByTestId("checked-days")).toContainText("Today is your first day with Footnote");

    await page.goto("/settings");
    await expect(page.getByLabel("Diabetes")).toBeChecked();
    await expect(page.getByLabel("Email me when a professional foot check is due")).toBeChecked();
    await page.goto("/reminders");
    await expect(page.getByTestId("professional-check")).toContainText("3 months after the day you turned it on");

    await page.goto("/dev/outbox");
    await expect(page.getByRole("link", { name: new RegExp(`Time to check your feet.*To ${person.email.replace(/[.+]/g, "\\$&")}`) })).toHaveCount(1);
  });

  test("skipped, the setup waits on Today until finished or hidden", async ({ page }) => {
    const person = newPerson("skipper");
    await createAccount(page, person);
    await page.getByRole("link", { name: "Skip setup for now — you can finish it from Today" }).click();

    const card = page.getByRole("region", { name: "Set up Footnote for you" });
    await expect(card).toContainText("0 of 3 done");
    await card.getByRole("link", { name: "Start setting up" }).click();
    await expect(page).toHaveURL(/\/welcome\?step=about$/);
    await page.getByRole("link", { name: "Skip this step" }).click();
    await expect(page.getByRole("heading", { name: "A daily reminder", level: 1 })).toBeVisible();
    // Without diabetes, the daily reminder is offered but not ticked.
    await expect(page.getByLabel("Email me every day to check my feet")).not.toBeChecked();

    await page.goto("/today");
    await card.getByRole("button", { name: "No thanks, hide this" }).click();
    await expect(card).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Set up Footnote for you" })).toHaveCount(0);
  });
});
