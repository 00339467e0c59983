import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { codeAt, TOTP_PERIOD_SECONDS } from "../lib/two-step/totp";
import { appLib } from "./app-database";
import { expectNoAxeViolations, expectNoHorizontalScroll, formAlert, linkFromOutbox, magicLinkForm, newPerson, signIn, signInNewPerson } from "./helpers";

// Passkeys in real Chromium with a virtual authenticator (Chrome DevTools Protocol), and two-step
// sign-in with codes the test computes from the secret the setup page shows.

/** A platform authenticator that holds discoverable passkeys and unlocks them as if with a fingerprint. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
}

async function addPasskey(page: Page, name: string, password: string) {
  await page.goto("/settings");
  const add = page.getByRole("form", { name: "Add a passkey" });
  await add.getByLabel("A name for it").fill(name);
  await add.getByLabel("To confirm it is you, enter your password").fill(password);
  await add.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText(`The passkey “${name}” was added.`)).toBeVisible();
}

function sessionsList(page: Page) {
  return page.getByRole("region", { name: "Where you are signed in" });
}

test.describe("passkeys", () => {
  test("add a passkey in Settings, sign out, sign in with it without an email; it shows as used @phone", async ({ page }) => {
    const person = newPerson("passkey");
    await addVirtualAuthenticator(page);
    await signInNewPerson(page, person);
    await addPasskey(page, "My phone", person.password);
    await expect(page.getByRole("list", { name: "Your passkeys" }).getByText("not used yet")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await signOut(page);
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();

    await page.goto("/settings");
    await expect(page.getByRole("list", { name: "Your passkeys" }).getByText(/last used/)).toBeVisible();
    await expect(sessionsList(page).getByText(/with passkey/)).toBeVisible();
  });

  test("a removed passkey signs no one in", async ({ page }) => {
    const person = newPerson("passkey-remove");
    await addVirtualAuthenticator(page);
    await signInNewPerson(page, person);
    await addPasskey(page, "Laptop", person.password);
    await page.getByRole("button", { name: "Remove the passkey Laptop" }).click();
    await expect(page.getByText("The passkey “Laptop” was removed.")).toBeVisible();
    await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(formAlert(page, "That passkey did not sign you in")).toBeVisible();
    expect((await page.request.get("/today", { maxRedirects: 0 })).status()).toBe(307);
  });

  test("deleting the account can be confirmed with a passkey instead of the password", async ({ page }) => {
    const person = newPerson("passkey-delete");
    await addVirtualAuthenticator(page);
    await signInNewPerson(page, person);
    await addPasskey(page, "Tablet", person.password);
    const deletion = page.getByRole("form", { name: "Delete my account" });
    await deletion.getByRole("button", { name: "Use my passkey instead of the password" }).click();
    await expect(page).toHaveURL(/account=deleted/);
    await signIn(page, person);
    await expect(formAlert(page, "That email and password do not match an account")).toBeVisible();
  });
});

test.describe("two-step sign-in", () => {
  const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
  const CODE_LABEL = "Code from your authenticator app, or a recovery code";

  async function turnOnTwoStep(page: Page, password: string): Promise<string[]> {
    await page.goto("/settings");
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const confirm = page.getByRole("form", { name: "Turn on two-step sign-in" });
    await confirm.getByLabel("To confirm it is you, enter your password").fill(password);
    await confirm.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(page.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    const secret = (await page.getByTestId("two-step-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill(codeAt(secret, Date.now()));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    return [secret, ...(await codes.allInnerTexts())];
  }

  /** An account with the second step on, made through lib/ on the test server's database. */
  async function personWithTwoStep() {
    await appLib();
    const [{ createAccount }, twoStep] = await Promise.all([import("../lib/auth/sign-up"), import("../lib/two-step/two-step")]);
    const person = newPerson("two-step-seeded");
    const { userId } = await createAccount({ name: person.name, email: person.email, password: person.password, timeZone: "Europe/London" });
    const user = { id: userId, email: person.email, name: person.name, locale: "en-GB" };
    await twoStep.startTwoStepSetup(userId);
    const secret = (await twoStep.twoStepSetupDetails(user))?.secret.replace(/\s/g, "") ?? "";
    const recoveryCodes = await twoStep.confirmTwoStepSetup(user, codeAt(secret, Date.now()));
    return { person, secret, recoveryCodes };
  }

  async function passwordThenCode(page: Page, person: { email: string; password: string }, code: string) {
    await signIn(page, person);
    await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await page.getByLabel(CODE_LABEL).fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
  }

  test("password, then a code from the app read off the setup page; no session before the code @phone", async ({ page }) => {
    const person = newPerson("two-step");
    await signInNewPerson(page, person);
    const [secret = ""] = await turnOnTwoStep(page, person.password);
    await page.getByRole("link", { name: "I have kept my recovery codes" }).click();
    await expect(page.getByText(/Two-step sign-in is on/)).toBeVisible();
    await signOut(page);

    await signIn(page, person);
    await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    expect((await page.request.get("/today", { maxRedirects: 0 })).status()).toBe(307);
    // The setup used this time step's code; the next step's is still accepted and is not a replay.
    await page.getByLabel(CODE_LABEL).fill(codeAt(secret, Date.now() + STEP_MS));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  });

  test("a recovery code works once; a reused one is refused, and after five wrong codes even the right one waits", async ({ page }) => {
    const { person, secret, recoveryCodes } = await personWithTwoStep();
    await passwordThenCode(page, person, recoveryCodes[0] ?? "");
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await signOut(page);

    await passwordThenCode(page, person, recoveryCodes[0] ?? "");
    await expect(formAlert(page, "That code is not right, or it was used already")).toBeVisible();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await page.getByLabel(CODE_LABEL).fill(`00000${attempt}`);
      await Promise.all([page.waitForResponse((response) => response.url().endsWith("/api/auth/callback/second-step")), page.getByRole("button", { name: "Continue" }).click()]);
    }
    await page.getByLabel(CODE_LABEL).fill(codeAt(secret, Date.now() + STEP_MS));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(formAlert(page, /Too many attempts\. Please try again in \d+ minutes?/)).toBeVisible();
    expect((await page.request.get("/today", { maxRedirects: 0 })).status()).toBe(307);
  });

  test("an email link also asks for the code, and the sessions list says so", async ({ page }) => {
    const { person, secret } = await personWithTwoStep();
    await page.goto("/sign-in");
    await magicLinkForm(page).getByLabel("Email address").fill(person.email);
    await magicLinkForm(page).getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(await linkFromOutbox(page, person.email, "Your sign-in link for Footnote"));
    await page.getByRole("button", { name: "Sign in to Footnote" }).click();
    await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    expect((await page.request.get("/today", { maxRedirects: 0 })).status()).toBe(307);
    await page.getByLabel(CODE_LABEL).fill(codeAt(secret, Date.now() + STEP_MS));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await page.goto("/settings");
    await expect(sessionsList(page).getByText(/with email link and authenticator code/)).toBeVisible();
  });

  test("turning it off asks for the password; then the password alone signs in", async ({ page }) => {
    const { person, secret } = await personWithTwoStep();
    await passwordThenCode(page, person, codeAt(secret, Date.now() + STEP_MS));
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await page.goto("/settings");
    await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    const off = page.getByRole("form", { name: "Turn off two-step sign-in" });
    await expect(off.getByLabel("To confirm it is you, enter your password")).toBeFocused();
    await off.getByLabel("To confirm it is you, enter your password").fill("not my password at all");
    await off.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    await expect(off.getByText("That is not your current password")).toBeVisible();
    await off.getByLabel("To confirm it is you, enter your password").fill(person.password);
    await off.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    await expect(page.getByText("Two-step sign-in is off.").first()).toBeVisible();
    await signOut(page);
    await signIn(page, person);
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  });
});
