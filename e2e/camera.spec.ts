import { CHROMIUM_ARGS, FULL_CHROMIUM } from "./browsers";
import { seedReportJournalOf } from "./app-database";
import { consoleErrors, newPerson, signInNewPerson } from "./helpers";
import { expect, test } from "./test";

// The camera dialog under the real Content-Security-Policy (a video stream, a canvas, blob: URLs):
// Chromium's fake camera needs the full browser, not the headless shell the other files use.
// Every other page is checked for CSP violations by every test that opens it (e2e/test.ts).

test.use({
  permissions: ["camera"],
  launchOptions: { executablePath: FULL_CHROMIUM, args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"] },
});

test("the camera dialog lines up on an earlier photo and adds the photo it takes", async ({ page }) => {
  const person = newPerson("camera");
  await signInNewPerson(page, person);
  await seedReportJournalOf(person.email, 5, 1);
  const errors = consoleErrors(page);
  await page.goto("/journal/new");
  const compare = page.getByRole("group", { name: "Compare with an earlier photo" });
  await compare.getByLabel("Foot").selectOption("LEFT");
  await compare.getByLabel("Where").selectOption("HEEL");
  await compare.getByRole("button", { name: "Take a photo lined up with the last one" }).click();
  const dialog = page.getByRole("dialog", { name: "Take a photo lined up with the last one" });
  await expect(dialog.getByRole("button", { name: "Take photo" })).toBeEnabled();
  await dialog.getByRole("button", { name: "Take photo" }).click();
  await expect(page.getByText(/Camera photo \(left foot, heel\)/).first()).toBeVisible();
  expect(errors).toEqual([]);
});
