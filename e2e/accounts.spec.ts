import { expect, test } from "./test";
import { expectNoHorizontalScroll, finishSignUp, formAlert, linkFromOutbox, magicLinkForm, newPerson, passwordForm, requestSignUp, signIn, signInNewPerson, submitPassword } from "./helpers";

test.describe("accounts", () => {
  test("sign up through the emailed link lands on the first-run setup, then Today; sign out, sign in again @phone", async ({ page }) => {
    const person = newPerson("signup");
    await requestSignUp(page, person);
    await finishSignUp(page, person.email);
    await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
    await expect(page).toHaveURL(/\/welcome$/);
    await page.getByRole("link", { name: "Skip setup for now — you can finish it from Today" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await expect(page).toHaveURL(/\/today$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
    await expectNoHorizontalScroll(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
    await page.goto("/today");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday/);

    await signIn(page, person);
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  });

  test("sign-up shows field messages and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Ann");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
    await expect(page.getByText("Use at least 10 characters")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Ann");
  });

  test("signing up with an address that has an account answers as for a new one, and mails the owner", async ({ page, browser }) => {
    const person = newPerson("taken");
    await signInNewPerson(page, person);
    const other = await browser.newPage();
    await requestSignUp(other, { name: "Someone else", email: person.email.toUpperCase(), password: "another long password" });
    await expect(other.getByText(`We have sent a message to ${person.email.toUpperCase()}`)).toBeVisible();
    await expect(other.getByText(/already/i)).toHaveCount(0);
    await linkFromOutbox(other, person.email, "You already have a Footnote account");
    await other.close();
  });

  test("a common password is refused with a helpful message", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Ann");
    await page.getByLabel("Email address").fill(newPerson("common").email);
    await page.getByLabel("Password").fill("password1234");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("This password is one of the most common ones")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Ann");
  });

  test("a wrong password shows an error and keeps the typed email", async ({ page }) => {
    const person = newPerson("wrongpw");
    await signInNewPerson(page, person);
    await page.context().clearCookies();
    await signIn(page, { email: person.email, password: "not the right password" });
    await expect(formAlert(page, "That email and password do not match an account")).toBeVisible();
    await expect(passwordForm(page).getByLabel("Email address")).toHaveValue(person.email);
  });

  test("a signed-out visit to settings comes back to settings after sign-in", async ({ page }) => {
    const person = newPerson("callback");
    await signInNewPerson(page, person);
    await page.context().clearCookies();
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
    await passwordForm(page).getByLabel("Email address").fill(person.email);
    await passwordForm(page).getByLabel("Password").fill(person.password);
    await passwordForm(page).getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  });

  test("magic link through the outbox signs in once @phone", async ({ page }) => {
    const person = newPerson("magic");
    await signInNewPerson(page, person);
    await page.context().clearCookies();

    await page.goto("/sign-in");
    await magicLinkForm(page).getByLabel("Email address").fill(person.email);
    await magicLinkForm(page).getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expectNoHorizontalScroll(page);

    const link = await linkFromOutbox(page, person.email, "Your sign-in link for Footnote");
    // A mail scanner opening the link first only sees the page with the button.
    expect((await page.request.get(link)).status()).toBe(200);
    await page.goto(link);
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Sign in to Footnote" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();

    await page.context().clearCookies();
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in to Footnote" }).click();
    await expect(page.getByText("That sign-in link has expired or was already used")).toBeVisible();
  });

  test("a magic link for an unknown email gets the same answer and sends nothing", async ({ page }) => {
    const nobody = newPerson("nobody");
    await page.goto("/sign-in");
    await magicLinkForm(page).getByLabel("Email address").fill(nobody.email);
    await magicLinkForm(page).getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto("/dev/outbox");
    await expect(page.getByText(`To ${nobody.email}`)).toHaveCount(0);
  });

  test("forgot password → reset link → sign in with the new password", async ({ page }) => {
    const person = newPerson("reset");
    await signInNewPerson(page, person);
    await page.context().clearCookies();

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email address").fill(person.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText("If an account exists for that address")).toBeVisible();

    const link = await linkFromOutbox(page, person.email, "Reset your Footnote password");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("my fresh new password");
    await page.getByLabel("Type the new password again").fill("my fresh new password");
    await page.getByRole("button", { name: "Save my new password" }).click();
    await expect(page.getByText("Your password was changed")).toBeVisible();

    await signIn(page, { email: person.email, password: person.password });
    await expect(formAlert(page, "do not match")).toBeVisible();
    await signIn(page, { email: person.email, password: "my fresh new password" });
    await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  });

  test("sign out everywhere ends the session of a second browser", async ({ page, browser }) => {
    const person = newPerson("everywhere");
    await signInNewPerson(page, person);
    const secondContext = await browser.newContext();
    const second = await secondContext.newPage();
    await signIn(second, person);
    await expect(second.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();

    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Where you are signed in" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Signed in" })).toHaveCount(2);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await second.goto("/settings");
    await expect(second).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
    await secondContext.close();
  });

  test("one other session can be signed out from settings", async ({ page, browser }) => {
    const person = newPerson("one");
    await signInNewPerson(page, person);
    const secondContext = await browser.newContext();
    const second = await secondContext.newPage();
    await signIn(second, person);
    await expect(second.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();

    await page.goto("/settings");
    await page.getByRole("button", { name: /^Sign out Chrome/ }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Signed in" })).toHaveCount(1);
    await second.reload();
    await expect(second).toHaveURL(/\/sign-in/);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
    await secondContext.close();
  });

  test("too many sign-in attempts show when to try again", async ({ page }) => {
    const person = newPerson("ratelimit");
    await signInNewPerson(page, person);
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await passwordForm(page).getByLabel("Email address").fill(person.email);
    // Five wrong passwords per 15 minutes for a browser the account does not know.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitPassword(page, `wrong password ${attempt}`);
      await expect(formAlert(page, "do not match")).toBeVisible();
    }
    await submitPassword(page, person.password);
    await expect(formAlert(page, "Too many attempts. Please try again in 15 minutes.")).toBeVisible();
    await expect(passwordForm(page).getByLabel("Email address")).toHaveValue(person.email);
  });

  test("the sign-in API answers 429 with Retry-After once the limit is reached", async ({ request }) => {
    const email = newPerson("api").email;
    let last = 0;
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 6; attempt++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/signin/email", { form: { email, csrfToken, json: "true" } });
      last = response.status();
      retryAfter = response.headers()["retry-after"];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
