import { expect, test } from "./test";
import { consoleErrors, expectNoAxeViolations, expectNoHorizontalScroll, finishSignUp, newPerson, signInNewPerson } from "./helpers";

test.describe("for people", () => {
  // A few pages per test: axe takes seconds a page, and each test stays well under 30 s.
  const signedOut = [
    ["/", "/sign-up", "/sign-in", "/forgot-password"],
    ["/sign-in/check-email", "/reset-password?token=x", "/sign-in/link?token=x&email=a%40example.com", "/sign-up/confirm?token=x"],
    ["/confirm-email?token=x", "/r/done?what=paused", "/dev/outbox"],
  ];
  for (const paths of signedOut) {
    test(`signed-out pages pass axe's WCAG 2.1 AA checks, fit 375 px and log no error: ${paths.join(" ")} @both`, async ({ page }) => {
      const errors = consoleErrors(page);
      for (const path of paths) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      }
      expect(errors).toEqual([]);
    });
  }

  for (const paths of [["/today", "/journal"], ["/trends", "/reminders"], ["/report", "/settings"]]) {
    test(`signed-in pages pass axe's WCAG 2.1 AA checks, fit 375 px and log no error: ${paths.join(" ")} @both`, async ({ page }) => {
      await signInNewPerson(page, newPerson("axe"));
      const errors = consoleErrors(page);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      }
      expect(errors).toEqual([]);
    });
  }

  test("sign-up works by keyboard alone, with a visible focus ring", async ({ page }) => {
    const person = newPerson("keyboard");
    await page.goto("/sign-up");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Enter");
    for (let presses = 0; presses < 5 && !(await page.getByLabel("Your name").evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(page.getByLabel("Your name")).toBeFocused();
    const outline = await page.getByLabel("Your name").evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");

    await page.keyboard.type(person.name);
    await page.keyboard.press("Tab");
    await page.keyboard.type(person.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(person.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await finishSignUp(page, person.email);
    await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  });

  test("an unknown address shows a friendly not-found page, not a framework error", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the start page" })).toBeVisible();
  });

  test("settings change the time zone through the searchable list, and the name", async ({ page }) => {
    const person = newPerson("tz");
    await signInNewPerson(page, person);
    // Typed before the form has hydrated, the text lands after the saved name: wait for the scripts.
    await page.goto("/settings", { waitUntil: "networkidle" });
    await page.getByLabel("Name", { exact: true }).fill("Margaret Jones");
    await page.getByLabel("Time zone").fill("Mars/Olympus");
    // The suggestions are drawn once the field is used.
    await expect(page.locator('#time-zone-list > option[value="Europe/London"]')).toHaveCount(1);
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByText("Choose a time zone from the list, for example Europe/London")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Margaret Jones");

    await page.getByLabel("Time zone").fill("America/New_York");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
    await expect(page.getByText("Margaret Jones")).toBeVisible();
  });

  test("before its scripts run (a slow phone), settings already show the saved details and health profile", async ({ page, browser }) => {
    const person = newPerson("settingsnoscript");
    await signInNewPerson(page, person);
    await page.goto("/settings");
    await page.getByLabel("Diabetes").check();
    await page.getByLabel("Your foot clinician or doctor").fill("Dr Okafor");
    await page.getByRole("button", { name: "Save health profile" }).click();
    await expect(page.getByText("Health profile saved.")).toBeVisible();

    const noScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const before = await noScripts.newPage();
    await before.goto("/settings");
    await expect(before.getByLabel("Name", { exact: true })).toHaveValue(person.name);
    await expect(before.getByLabel("Time zone")).not.toHaveValue("");
    await expect(before.getByLabel("Diabetes")).toBeChecked();
    await expect(before.getByLabel("Your foot clinician or doctor")).toHaveValue("Dr Okafor");
    await noScripts.close();
  });
});
