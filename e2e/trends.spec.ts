import { expect, test } from "./test";
import { appLib } from "./app-database";
import { expectNoAxeViolations, expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

// The person is signed in; their journal is then written by the app's own services
// (lib/testing/trends-journal.ts) into the database of the app under test, with days counted
// back from today in their zone: 30 days hold pains 6, 4 and 2 (red left heel twice, a blister on
// the right toes), the 30 days before hold a single 8.

async function seedJournal(email: string, journal: "full" | "sparse" = "full") {
  const { db } = await appLib();
  const { seedTrendsJournal } = await import("../lib/testing/trends-journal");
  await seedTrendsJournal(await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, timeZone: true } }), journal);
}

test("a seeded person's trends show the right numbers in summaries and tables, and a range change updates them @phone", async ({ page }) => {
  const person = newPerson("trends");
  await signInNewPerson(page, person);
  await seedJournal(person.email);

  await page.goto("/trends");
  await expect(page.getByTestId("pain-summary")).toHaveText("Pain averaged 4.0 out of 10 over the last 30 days (3 checks on 3 days), down from 8.0 in the 30 days before.");
  await expect(page.getByTestId("heat-summary")).toHaveText("Things were noted most often at the left heel: 2 times on 2 days, across 2 places in all.");
  await expect(page.getByTestId("observations-summary")).toHaveText("3 observations over the last 30 days; the most frequent was redness (2).");
  await expect(page.getByTestId("care-summary")).toContainText("Not enough days to compare yet");

  const pain = page.getByRole("region", { name: "Pain over time" });
  await pain.getByText("Show the numbers as a table").click();
  const painTable = pain.getByRole("table", { name: "Pain per day" });
  await expect(painTable.getByRole("row")).toHaveCount(4);
  // Oldest first; yesterday: 1 check, highest 6, mean 6.0, 7-day average of 2, 4 and 6.
  await expect(painTable.getByRole("row").nth(3).getByRole("cell")).toHaveText(["1", "6", "6.0", "4.0"]);
  await expect(pain.getByRole("img", { name: /Pain averaged 4\.0/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "90 days" }).click();
  await expect(page.getByTestId("pain-summary")).toHaveText("Pain averaged 5.0 out of 10 over the last 90 days (4 checks on 4 days).");
  await expect(page.getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("observations-summary")).toHaveText("4 observations over the last 90 days; the most frequent was redness (2).");

  await page.goto("/today");
  await expect(page.getByTestId("streak")).toHaveText("3 days in a row with a check up to yesterday: check today to keep it going.");
  await expect(page.getByRole("link", { name: "Check my feet now" })).toHaveAttribute("href", "/journal/new");
  await expectNoAxeViolations(page);
});

test("clicking a heat-map region lists that region's checks", async ({ page }) => {
  const person = newPerson("heat");
  await signInNewPerson(page, person);
  await seedJournal(person.email);
  await page.goto("/trends");
  await page.getByRole("link", { name: /^Left foot, heel: 2 times on 2 days, mean pain 4 out of 10/ }).click();
  await expect(page).toHaveURL(/\/journal\?.*foot=LEFT&region=HEEL/);
  const checks = page.getByRole("link", { name: /pain \d out of 10/ });
  await expect(checks).toHaveCount(2);
  await expect(checks.filter({ hasText: "Redness" })).toHaveCount(2);
});

test("the dashboard works by keyboard at 375 px @phone", async ({ page }) => {
  const person = newPerson("trends-keys");
  await signInNewPerson(page, person);
  await seedJournal(person.email);
  await page.goto("/trends");
  const ninety = page.getByRole("link", { name: "90 days" });
  for (let presses = 0; presses < 30 && !(await ninety.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press("Tab");
  await expect(ninety).toBeFocused();
  expect(await ninety.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("pain-summary")).toContainText("over the last 90 days");

  const heel = page.getByRole("link", { name: /^Left foot, heel:/ });
  for (let presses = 0; presses < 80 && !(await heel.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press("Tab");
  await expect(heel).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/foot=LEFT&region=HEEL/);
  await expectNoHorizontalScroll(page);
});

test("a chart is drawn as a few SVG paths, read point by point with the arrow keys or the pointer, and a point or bar opens its checks @phone", async ({ page }) => {
  const person = newPerson("trends-reader");
  await signInNewPerson(page, person);
  await seedJournal(person.email);
  await page.goto("/trends");
  const pain = page.getByRole("region", { name: "Pain over time" });
  // One path per series and the grid, however many days: no element per point.
  expect(await pain.getByRole("img", { name: /^Pain averaged/ }).locator("svg path").count()).toBeLessThanOrEqual(5);

  const reader = pain.getByRole("slider", { name: "Read the pain chart point by point" });
  await reader.focus();
  // Focus starts at the newest check (yesterday: pain 6, the 7-day average of 2, 4 and 6).
  await expect(reader).toHaveAttribute("aria-valuetext", /: highest 6, mean 6\.0, 7-day average 4\.0 \(1 check\)$/);
  await page.keyboard.press("ArrowLeft");
  await expect(reader).toHaveAttribute("aria-valuetext", /: highest 4, mean 4\.0, 7-day average 3\.0 \(1 check\)$/);
  await expect(pain.getByText("Click or press Enter to see the checks.")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/journal\?from=(\d{4}-\d{2}-\d{2})&to=\1$/);
  await expect(page.getByRole("link", { name: /pain \d out of 10/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /pain 4 out of 10/ })).toHaveCount(1);

  await page.goto("/trends");
  const bars = page.getByRole("slider", { name: "Read the observations chart bar by bar" });
  await bars.scrollIntoViewIfNeeded();
  const box = (await bars.boundingBox())!;
  // The last week's bar is at the right: hovering reads it, clicking opens its week.
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect(page.getByRole("region", { name: /What you noticed/ }).getByText(/: \d in all — /)).toBeVisible();
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/journal\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("link", { name: /pain \d out of 10/ }).first()).toBeVisible();
});

test("a person with one check sees the figures and no misleading chart @phone", async ({ page }) => {
  const person = newPerson("sparse");
  await signInNewPerson(page, person);
  await seedJournal(person.email, "sparse");
  await page.goto("/trends");
  await expect(page.getByTestId("pain-summary")).toHaveText("Pain averaged 3.0 out of 10 over the last 30 days (1 check on 1 day).");
  await expect(page.getByText("The chart appears once there are checks on 3 different days")).toBeVisible();
  await expect(page.getByRole("img", { name: /Pain averaged/ })).toHaveCount(0);
  await expect(page.getByTestId("heat-summary")).toHaveText("Nothing was noted on the feet over the last 30 days.");
  await expect(page.getByTestId("temperature-summary")).toHaveText("No skin temperatures were recorded over the last 30 days.");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});
