import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { randomUUID } from "node:crypto";
import { BASE_URL } from "../playwright.config";
import { appDatabaseEnv, appLib } from "./app-database";

export const PASSWORD = "correct horse battery staple";

export function newPerson(label = "person") {
  return { name: `Test ${label}`, email: `${label}-${randomUUID().slice(0, 8)}@example.com`, password: PASSWORD };
}

/** Fills the sign-up form and waits for its answer, which is the same for known and new addresses. */
export async function requestSignUp(page: Page, person: { name: string; email: string; password: string }, path = "/sign-up") {
  await page.goto(path);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

export const SIGN_UP_SUBJECT = "Finish creating your Footnote account";

/**
 * Signs up through the form and the emailed link, and lands on the dashboard. The link's button is
 * pressed over HTTP (the browser's cookies are shared); finishSignUp presses it on the page, for the
 * tests about that page. `base` is another app's origin; `emailedLink` reads the mail where that app
 * sends it (the outbox of the app under test by default).
 */
export async function signUp(
  page: Page,
  person: { name: string; email: string; password: string },
  options: { base?: string; emailedLink?: (to: string, subject: string) => Promise<string> } = {},
) {
  const base = options.base ?? "";
  await requestSignUp(page, person, `${base}/sign-up`);
  const link = await (options.emailedLink ?? ((to, subject) => linkFromOutbox(page, to, subject)))(person.email, SIGN_UP_SUBJECT);
  const token = new URL(link).searchParams.get("token") ?? "";
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/sign-up`, {
    form: { token, csrfToken, json: "true" },
    ...(base ? { headers: { Origin: base } } : {}),
  });
  expect(response.status()).toBe(200);
  await page.goto(`${base}/today`);
  await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
}

const passwordHashes = new Map<string, Promise<string>>();

/**
 * A new account, signed in in this browser without the forms, on /today: the user and a Session
 * row are written to the test server's database, and the browser gets next-auth's session cookie
 * for that row, as a sign-up through the emailed link would leave it. For every test where signing
 * up is not what is tested (signUp and finishSignUp are for those that test it). The password works
 * on the sign-in form; the time zone is the browser's.
 */
export async function signInNewPerson(page: Page, person: { name: string; email: string; password: string }) {
  const [{ db }, { hashPassword }, { createSession, SESSION_MAX_AGE_SECONDS }] = await Promise.all([appLib(), import("../lib/auth/password"), import("../lib/auth/sessions")]);
  if (!passwordHashes.has(person.password)) passwordHashes.set(person.password, hashPassword(person.password));
  const browser = await page.evaluate(() => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, userAgent: navigator.userAgent }));
  const user = await db().user.create({
    data: { name: person.name, email: person.email.toLowerCase(), passwordHash: await passwordHashes.get(person.password)!, timeZone: browser.timeZone, emailVerified: new Date() },
    select: { id: true },
  });
  const session = await createSession(user.id, { userAgent: browser.userAgent, ipAddress: "127.0.0.1" }, { method: "SIGN_UP" });
  const value = await encode({ token: { sub: user.id, sid: session.id }, secret: appDatabaseEnv().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  await page.context().addCookies([{ name: "next-auth.session-token", value, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
}

export async function finishSignUp(page: Page, email: string) {
  await page.goto(await linkFromOutbox(page, email, SIGN_UP_SUBJECT));
  await page.getByRole("button", { name: "Create my account and open my journal" }).click();
}

export async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto("/sign-in");
  await passwordForm(page).getByLabel("Email address").fill(person.email);
  await submitPassword(page, person.password);
}

/** Types the password and submits, waiting for the server's answer. */
export async function submitPassword(page: Page, password: string) {
  await passwordForm(page).getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/api/auth/callback/credentials")),
    passwordForm(page).getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** The message a form shows (Next's own route announcer is also role=alert, but empty). */
export function formAlert(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

export function passwordForm(page: Page) {
  return page.getByRole("form", { name: "With your password" });
}

export function magicLinkForm(page: Page) {
  return page.getByRole("form", { name: "Or get a sign-in link by email" });
}

/**
 * The first link of the newest outbox email to `to` with the given subject, read from the outbox
 * pages over HTTP (the browser's own page is left where it is).
 */
export async function linkFromOutbox(page: Page, to: string, subject: string): Promise<string> {
  const html = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.text()).replaceAll("<!-- -->", "");
  };
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const listing = new RegExp(`href="/dev/outbox/([^"]+)"(?:(?!</a>)[\\s\\S])*?${escape(subject)}(?:(?!</a>)[\\s\\S])*?To ${escape(to.toLowerCase())}`);
  const id = listing.exec(await html("/dev/outbox"))?.[1];
  if (!id) throw new Error(`no email "${subject}" to ${to} in the outbox`);
  const href = /href="(https?:\/\/[^"]+)"/.exec(await html(`/dev/outbox/${id}`))?.[1];
  if (!href) throw new Error(`no link in the email "${subject}" to ${to}`);
  return href.replaceAll("&amp;", "&");
}

/** Nothing on the page is wider than the viewport (no sideways scrolling at 375 px). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** axe finds nothing against WCAG 2.1 A and AA on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Collects the console errors the page logs from now on (a failed request, a hydration mismatch). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}
