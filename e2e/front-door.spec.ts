import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { BASE_URL } from "../playwright.config";
import { formAlert, linkFromOutbox, newPerson, passwordForm, requestSignUp, signIn, signInNewPerson, submitPassword } from "./helpers";

// The way in, as an attacker tries it. The test server trusts one proxy on loopback
// (TRUSTED_PROXIES=127.0.0.1 in playwright.config.ts): a request's X-Forwarded-For stands for
// "someone else, somewhere else"; a request without one comes from this machine.

const TOO_MANY = /^Too many attempts\. Please try again in \d+ minutes?\.$/;

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

type Post = { path: string; fields: Record<string, string>; as?: "form" | "json"; from?: string };

/** A POST to next-auth as a script would send it: form or JSON, any path, from any address. */
async function postAuth(request: APIRequestContext, { path, fields, as = "form", from }: Post) {
  const body = { ...fields, csrfToken: await csrfToken(request), json: "true" };
  const headers = from ? { "x-forwarded-for": from } : undefined;
  const response = as === "json" ? await request.post(path, { data: body, headers }) : await request.post(path, { form: body, headers });
  return { status: response.status(), retryAfter: response.headers()["retry-after"], body: (await response.json().catch(() => ({}))) as { error?: string; url?: string } };
}

function expectLimited(result: Awaited<ReturnType<typeof postAuth>>) {
  expect(result.status).toBe(429);
  expect(result.body.error).toMatch(TOO_MANY);
  expect(Number(result.retryAfter)).toBeGreaterThan(0);
}

test.describe("front door", () => {
  test("password guesses for one account share one allowance, however the request is written", async ({ page, request }) => {
    const victim = newPerson("victim");
    await signInNewPerson(page, victim);
    const wrong = { password: "not the password at all" };
    const guesses: Post[] = [
      { path: "/api/auth/callback/credentials", fields: { email: victim.email, ...wrong } },
      { path: "/api/auth/callback/credential%73", fields: { email: victim.email, ...wrong } },
      { path: "/api/auth/callback/credentials", fields: { email: victim.email, ...wrong }, as: "json" },
      { path: "/api/auth/callback/credentials", fields: { email: victim.email.toUpperCase(), ...wrong } },
      { path: "/api/auth/callback/%63redentials", fields: { email: `  ${victim.email}\t`, ...wrong }, as: "json" },
    ];
    for (const guess of guesses) expect((await postAuth(request, guess)).status).toBe(401);
    // The sixth, even with the right password and another spelling of the path, is refused.
    expectLimited(await postAuth(request, { path: "/api/auth/callback/credential%73", fields: { email: victim.email, password: victim.password }, as: "json" }));
    expectLimited(await postAuth(request, { path: "/api/auth/callback/credentials", fields: { email: ` ${victim.email.toUpperCase()} `, password: victim.password } }));
    // An address next-auth would read differently signs nobody in and checks no password.
    const variant = await postAuth(request, { path: "/api/auth/callback/credentials", fields: { email: `${victim.email},1`, password: victim.password } });
    expect(variant.body.url ?? "").toContain("error=CredentialsSignin");
  });

  test("magic-link requests for one mailbox share one allowance, however the address is written", async ({ request }) => {
    const email = newPerson("mailbox").email;
    const requests: Post[] = [
      { path: "/api/auth/signin/email", fields: { email } },
      { path: "/api/auth/signin/emai%6C", fields: { email } },
      { path: "/api/auth/signin/email", fields: { email }, as: "json" },
      { path: "/api/auth/signin/email", fields: { email: `${email},1` } },
      { path: "/api/auth/signin/email", fields: { email: ` ${email.toUpperCase()},2 ` }, as: "json" },
    ];
    for (const each of requests) expect((await postAuth(request, each)).status).toBe(200);
    expectLimited(await postAuth(request, { path: "/api/auth/signin/email", fields: { email: `${email.toUpperCase()},3` } }));
    expectLimited(await postAuth(request, { path: "/api/auth/signin/%65mail", fields: { email }, as: "json" }));
  });

  test("strangers failing 50 times from 50 addresses do not lock the owner's own browser out", async ({ page, request }) => {
    const owner = newPerson("owner");
    await signInNewPerson(page, owner);
    await page.context().clearCookies({ name: /session-token/ });
    // A password sign-in in this browser makes it a known one (its device cookie).
    await signIn(page, owner);
    await expect(page.getByRole("heading", { name: `Hello, ${owner.name}` })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();

    const statuses: number[] = [];
    for (let attacker = 1; attacker <= 50; attacker++) {
      const result = await postAuth(request, { path: "/api/auth/callback/credentials", fields: { email: owner.email, password: `guess number ${attacker}` }, from: `203.0.113.${attacker}` });
      statuses.push(result.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    // Even the right password is refused to a browser the account does not know…
    expectLimited(await postAuth(request, { path: "/api/auth/callback/credentials", fields: { email: owner.email, password: owner.password }, from: "198.51.100.7" }));
    // …while the owner's own browser signs in.
    await signIn(page, owner);
    await expect(page.getByRole("heading", { name: `Hello, ${owner.name}` })).toBeVisible();
  });

  test("the outbox answers only this machine: another address gets 404, whatever it claims", async ({ request }) => {
    expect((await request.get("/dev/outbox")).status()).toBe(200);
    expect((await request.get("/dev/outbox", { headers: { "x-forwarded-for": "203.0.113.9" } })).status()).toBe(404);
    const forged = await request.get("/dev/outbox", { headers: { "x-forwarded-for": "203.0.113.9", "x-footnote-client-address": "127.0.0.1" } });
    expect(forged.status()).toBe(404);
  });

  test("every HTML response has a nonce policy its scripts carry; no HSTS on plain http; icons are served", async ({ request }) => {
    for (const path of ["/", "/sign-in", "/share/not-a-real-token"]) {
      const response = await request.get(path);
      const policy = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' blob: data:"]) expect(policy).toContain(directive);
      expect(/script-src [^;]*unsafe-(inline|eval)/.test(policy)).toBe(false);
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      expect(response.headers()["strict-transport-security"]).toBeUndefined();
    }
    const second = (await request.get("/")).headers()["content-security-policy"];
    expect(second).not.toBe((await request.get("/")).headers()["content-security-policy"]);
    for (const icon of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) expect((await request.get(icon)).status(), icon).toBe(200);
  });
});

// Where a callbackUrl may send someone after signing in: this site only.
const HOSTILE_CALLBACKS = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "%2F%2Fevil.example",
  "javascript:alert(document.domain)",
  "https://evil.example/",
  "//evil.example",
];

async function expectLandedHome(page: Page) {
  await page.waitForURL((url) => !/^\/(sign-in|sign-up)/.test(url.pathname));
  expect(new URL(page.url()).origin).toBe(BASE_URL);
  await expect(page.getByRole("heading", { name: /^Hello, / })).toBeVisible();
}

/** The hostile values in groups small enough for one test each. */
const groups = (size: number) => Array.from({ length: Math.ceil(HOSTILE_CALLBACKS.length / size) }, (_, index) => HOSTILE_CALLBACKS.slice(index * size, index * size + size));

test.describe("redirects stay home", () => {
  for (const [index, group] of groups(5).entries()) {
    test(`after signing in, whatever callbackUrl says (${index + 1})`, async ({ page }) => {
      const person = newPerson("redirect");
      await signInNewPerson(page, person);
      for (const callback of group) {
        await page.context().clearCookies({ name: /session-token/ });
        await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
        await passwordForm(page).getByLabel("Email address").fill(person.email);
        await submitPassword(page, person.password);
        await expectLandedHome(page);
      }
    });
  }

  for (const [index, group] of groups(3).entries()) {
    test(`after signing up, whatever callbackUrl says (${index + 1})`, async ({ page }) => {
      for (const callback of group) {
        await page.context().clearCookies();
        const person = newPerson("redirect-up");
        await requestSignUp(page, person, `/sign-up?callbackUrl=${encodeURIComponent(callback)}`);
        await page.goto(await linkFromOutbox(page, person.email, "Finish creating your Footnote account"));
        await page.getByRole("button", { name: "Create my account and open my journal" }).click();
        await expectLandedHome(page);
      }
    });
  }
});

test("too many password reset requests for one address are refused with the same sentence", async ({ page }) => {
  const email = newPerson("reset-limit").email;
  await page.goto("/forgot-password");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email address").fill(attempt % 2 ? email : ` ${email.toUpperCase()} `);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText("If an account exists for that address")).toBeVisible();
    await page.goto("/forgot-password");
  }
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(formAlert(page, TOO_MANY)).toBeVisible();
});

test("a reset request sent without a connection says so, keeps the address, and goes through once the connection is back", async ({ page, context }) => {
  const email = newPerson("reset-offline").email;
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(email);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(formAlert(page, "Footnote could not be reached. Check your connection and try again")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await context.setOffline(false);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("If an account exists for that address")).toBeVisible();
});

test("signing out without a connection says the person is still signed in; once it is back, sign-out goes through", async ({ page, context }) => {
  await signInNewPerson(page, newPerson("signout-offline"));
  await context.setOffline(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You are still signed in: Footnote could not be reached." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeEnabled();
  await context.setOffline(false);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday/);
});

test("a sign-out that Footnote does not answer forgets nothing on the device: the kept pages stay until sign-out goes through", async ({ page }) => {
  await signInNewPerson(page, newPerson("signout-unanswered"));
  const keptPages = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("footnote-pages-")));
  await page.evaluate(async () => (await caches.open("footnote-pages-kept")).put("/today", new Response("kept")));
  await page.route("**/api/auth/csrf", (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You are still signed in" })).toBeVisible();
  expect(await keptPages()).toEqual(["footnote-pages-kept"]);
  await page.unroute("**/api/auth/csrf");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  expect(await keptPages()).toEqual([]);
});
