import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import sharp from "sharp";
import { expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

async function jpeg(color: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).jpeg().toBuffer();
  return { name: "foot.jpg", mimeType: "image/jpeg", buffer };
}

function observation(page: Page, number: number) {
  return page.getByRole("list", { name: "Observations" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Observation ${number}` }) });
}

async function uploadPhoto(page: Page, color: string) {
  await page.getByLabel("Add photos").setInputFiles(await jpeg(color));
  await expect(page.getByRole("list", { name: "Photos in this entry" }).getByRole("listitem").last().getByRole("img")).toBeVisible();
}

test.describe("journal", () => {
  test("a check with two observations by mouse and by keyboard, a photo, guidance, edit and delete @both", async ({ page }) => {
    await signInNewPerson(page, newPerson("journal"));
    await page.goto("/settings");
    await page.getByLabel("Diabetes").check();
    await page.getByRole("button", { name: "Save health profile" }).click();
    await expect(page.getByText("Health profile saved.")).toBeVisible();

    await page.goto("/today");
    await page.getByRole("link", { name: "Check my feet now" }).click();
    await expect(page.getByRole("heading", { name: "New foot check" })).toBeVisible();
    await page.getByRole("radio", { name: "4", exact: true }).check();

    // By mouse (or thumb): the left heel on the sole.
    await page.getByRole("button", { name: "Left foot, sole, heel" }).click();
    await expect(page.getByRole("button", { name: "Left foot, sole, heel, 2 of 3" })).toHaveAttribute("aria-pressed", "true");
    await observation(page, 1).getByLabel("What you noticed").selectOption({ label: "Redness" });
    await observation(page, 1).getByLabel("Pain here (0–10)").selectOption("5");

    // By keyboard: Tab round the right foot from between the toes to its top, Enter chooses it and
    // keeps focus there, and the next Tab goes to its observation.
    await page.getByRole("button", { name: "Right foot, from above, between the toes" }).focus();
    await page.keyboard.press("Tab");
    const top = page.getByRole("button", { name: "Right foot, from above, top of the foot, 2 of 3" });
    await expect(top).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(top).toBeFocused();
    await expect(top).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Tab");
    await expect(observation(page, 2).getByLabel("What you noticed")).toBeFocused();
    await observation(page, 2).getByLabel("What you noticed").selectOption({ label: "Blister" });

    await page.getByLabel("I massaged my own feet").check();
    await page.getByLabel("How many minutes?").fill("10");
    await page.getByLabel("Notes").fill("New shoes rubbed.");
    await uploadPhoto(page, "#c05040");
    await page.getByRole("list", { name: "Photos in this entry" }).getByLabel("Foot in photo 1").selectOption("LEFT");
    await page.getByRole("list", { name: "Photos in this entry" }).getByLabel("Where in photo 1").selectOption("HEEL");
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Save this check" }).click();

    await expect(page.getByText("Your check is saved.")).toBeVisible();
    await expect(page.getByText("General foot-care information, not medical advice.")).toBeVisible();
    const guidance = page.getByRole("region", { name: "Foot-care guidance" }).getByRole("listitem");
    await expect(guidance.first()).toContainText("Act promptly");
    await expect(guidance.first()).toContainText("blister");
    await expect(page.getByText("You noted redness on the left heel today.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Healed: redness on the left heel" })).toBeVisible();
    await expect(page.getByText("Redness, left foot — heel")).toBeVisible();
    await expect(page.getByText("Blister, right foot — top of the foot")).toBeVisible();
    const photo = page.getByRole("img", { name: /Photo 1: Left foot, heel/ });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);

    await page.getByRole("link", { name: "Edit this check" }).click();
    await expect(page.getByRole("heading", { name: "Edit foot check" })).toBeVisible();
    await observation(page, 2).getByRole("button", { name: "Remove observation 2" }).click();
    await page.getByRole("radio", { name: "2", exact: true }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Your check is saved.")).toBeVisible();
    await expect(page.getByText("2 out of 10").first()).toBeVisible();
    await expect(page.getByText("Blister, right foot — top of the foot")).toHaveCount(0);

    await page.getByRole("button", { name: "Delete this check" }).click();
    const confirmation = page.getByRole("alertdialog", { name: "Delete this check?" });
    // The safe choice has focus first; Escape cancels and gives focus back to the button.
    await expect(confirmation.getByRole("button", { name: "Keep it" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirmation).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete this check" })).toBeFocused();
    await page.getByRole("button", { name: "Delete this check" }).click();
    await confirmation.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByText("The check was deleted.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your journal is empty" })).toBeVisible();
  });

  test("bad input gets field messages and keeps what was typed and the uploaded photo", async ({ page }) => {
    await signInNewPerson(page, newPerson("badinput"));
    await page.goto("/journal/new");
    await page.getByRole("button", { name: "Left foot, sole, arch" }).click();
    await page.getByLabel("Notes").fill("Kept after the error.");
    await uploadPhoto(page, "#336699");
    await page.getByLabel("Date").fill("2099-01-01");
    await page.getByRole("button", { name: "Save this check" }).click();

    await expect(page.getByText("Choose a number from 0 to 10")).toBeVisible();
    await expect(page.getByText("Choose what you noticed")).toBeVisible();
    await expect(page.getByText("The date and time can't be in the future")).toBeVisible();
    await expect(page.getByLabel("Notes")).toHaveValue("Kept after the error.");
    await expect(page.getByRole("list", { name: "Photos in this entry" }).getByRole("listitem")).toHaveCount(1);
  });

  test("before its scripts run (a slow phone), the edit form already shows the saved check", async ({ page, browser }) => {
    await signInNewPerson(page, newPerson("noscript"));
    await page.goto("/journal/new");
    await page.getByLabel("Date").fill("2026-03-04");
    await page.getByLabel("Time").fill("07:45");
    await page.getByRole("radio", { name: "6", exact: true }).check();
    await page.getByRole("button", { name: "Right foot, sole, ball" }).click();
    await observation(page, 1).getByLabel("What you noticed").selectOption({ label: "Tingling" });
    await observation(page, 1).getByLabel("Note (optional)").fill("After the walk");
    await page.getByLabel("Someone else massaged them").check();
    await page.getByLabel("How many minutes?").fill("15");
    await page.getByLabel("Lotion or cream used").check();
    await page.getByLabel("Notes").fill("Tingling after a long walk.");
    await page.getByRole("button", { name: "Save this check" }).click();
    await expect(page.getByText("Your check is saved.")).toBeVisible();
    const editPath = `${new URL(page.url()).pathname}/edit`;

    const noScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const before = await noScripts.newPage();
    await before.goto(editPath);
    await expect(before.getByLabel("Date")).toHaveValue("2026-03-04");
    await expect(before.getByTestId("date-reads")).toHaveText(/^Chosen: Wednesday,? 4 March 2026$/);
    await expect(before.getByLabel("Time")).toHaveValue("07:45");
    await expect(before.getByRole("radio", { name: "6", exact: true })).toBeChecked();
    await expect(observation(before, 1).getByLabel("Foot", { exact: true })).toHaveValue("RIGHT");
    await expect(observation(before, 1).getByLabel("Where on the foot")).toHaveValue("BALL");
    await expect(observation(before, 1).getByLabel("What you noticed")).toHaveValue("TINGLING");
    await expect(observation(before, 1).getByLabel("Note (optional)")).toHaveValue("After the walk");
    await expect(before.getByLabel("Someone else massaged them")).toBeChecked();
    await expect(before.getByLabel("No massage or care today")).not.toBeChecked();
    await expect(before.getByLabel("How many minutes?")).toHaveValue("15");
    await expect(before.getByLabel("Lotion or cream used")).toBeChecked();
    await expect(before.getByLabel("Notes")).toHaveValue("Tingling after a long walk.");
    await noScripts.close();

    // With its scripts, a box that started ticked follows the form: unticked, hidden and shown
    // again, it stays unticked.
    await page.goto(editPath);
    await page.getByLabel("Lotion or cream used").uncheck();
    await page.getByLabel("No massage or care today").check();
    await expect(page.getByLabel("Lotion or cream used")).toHaveCount(0);
    await page.getByLabel("Someone else massaged them").check();
    await expect(page.getByLabel("Lotion or cream used")).not.toBeChecked();
    await expect(page.getByRole("radio", { name: "6", exact: true })).toBeChecked();
  });

  test("a file that is not an image is refused with a message beside it", async ({ page }) => {
    await signInNewPerson(page, newPerson("notimage"));
    await page.goto("/journal/new");
    await page.getByLabel("Add photos").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("this is not a picture") });
    const transfers = page.getByRole("list", { name: "Photos being uploaded" });
    await expect(transfers).toContainText("Please choose a JPEG, PNG, WebP or HEIC photo.");
    // Sending the same file again cannot work: what to do instead, not "Try again".
    await expect(transfers).toContainText("Choose a photo from your camera or photo library instead.");
    await expect(transfers.getByRole("button", { name: "Choose another photo" })).toBeVisible();
    await expect(transfers.getByRole("button", { name: /Try again/ })).toHaveCount(0);
  });

  test("start from my last entry pre-fills its observations", async ({ page }) => {
    await signInNewPerson(page, newPerson("repeat"));
    await page.goto("/journal/new");
    await page.getByRole("radio", { name: "3", exact: true }).check();
    await page.getByRole("button", { name: "Right foot, sole, ball" }).click();
    await observation(page, 1).getByLabel("What you noticed").selectOption({ label: "Tingling" });
    await page.getByRole("button", { name: "Save this check" }).click();
    await expect(page.getByText("Your check is saved.")).toBeVisible();

    await page.goto("/journal/new");
    await page.getByRole("button", { name: /Start from my last entry/ }).click();
    await expect(observation(page, 1).getByLabel("What you noticed")).toHaveValue("TINGLING");
    await expect(page.getByRole("button", { name: "Right foot, sole, ball of the foot" })).toHaveAttribute("aria-pressed", "true");
  });

  test("two photos of one spot side by side, first and latest by default", async ({ page }) => {
    await signInNewPerson(page, newPerson("compare"));
    for (const [date, color, pain] of [["2026-01-10", "#d04040", "6"], ["2026-02-10", "#e0b090", "2"]] as const) {
      await page.goto("/journal/new");
      await page.getByLabel("Date").fill(date);
      await page.getByRole("radio", { name: pain, exact: true }).check();
      await uploadPhoto(page, color);
      await page.getByRole("list", { name: "Photos in this entry" }).getByLabel("Foot in photo 1").selectOption("RIGHT");
      await page.getByRole("list", { name: "Photos in this entry" }).getByLabel("Where in photo 1").selectOption("HEEL");
      await page.getByRole("button", { name: "Save this check" }).click();
      await expect(page.getByText("Your check is saved.")).toBeVisible();
    }
    await page.getByRole("link", { name: "Compare this spot over time" }).click();
    await expect(page.getByRole("heading", { name: "Right foot, heel" })).toBeVisible();
    const figures = page.getByRole("figure");
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(0)).toContainText("10 January 2026");
    await expect(figures.nth(0)).toContainText("6 out of 10");
    await expect(figures.nth(1)).toContainText("10 February 2026");
    await expect(figures.nth(1)).toContainText("2 out of 10");
  });

  test("another signed-in user gets 404 for a check, its edit page and its photos", async ({ page, browser }) => {
    const owner = newPerson("owner");
    await signInNewPerson(page, owner);
    await page.goto("/journal/new");
    await page.getByRole("radio", { name: "1", exact: true }).check();
    await uploadPhoto(page, "#884422");
    await page.getByRole("button", { name: "Save this check" }).click();
    await expect(page.getByText("Your check is saved.")).toBeVisible();
    const entryPath = new URL(page.url()).pathname;
    const photoSrc = await page.getByRole("img", { name: /Photo 1/ }).getAttribute("src");

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signInNewPerson(other, newPerson("intruder"));
    for (const path of [entryPath, `${entryPath}/edit`]) {
      const response = await other.goto(path);
      expect(response?.status()).toBe(404);
      await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    for (const url of [photoSrc!, photoSrc!.replace("?size=thumb", "")]) {
      expect((await other.request.get(url)).status()).toBe(404);
    }
    const ownPhoto = await page.request.get(photoSrc!);
    expect(ownPhoto.status()).toBe(200);
    expect(ownPhoto.headers()["cache-control"]).toContain("private");
    expect(ownPhoto.headers()["x-content-type-options"]).toBe("nosniff");
    await otherContext.close();
  });
});
