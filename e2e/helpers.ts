import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = "correct horse battery staple";

export function newPerson(label = "person") {
  return { name: `Test ${label}`, email: `${label}-${randomUUID().slice(0, 8)}@example.com`, password: PASSWORD };
}

/** Makes an account through the sign-up page; it lands on the first-run setup, which this leaves for Today. */
export async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
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

/** Opens the newest outbox email to `to` with the given subject and returns its first link. */
export async function linkFromOutbox(page: Page, to: string, subject: string): Promise<string> {
  await page.goto("/dev/outbox");
  await page.getByRole("link", { name: new RegExp(`${subject}.*To ${to.replace(/[.+]/g, "\\$&")}`) }).first().click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  const href = await page.getByRole("link", { name: /^http/ }).first().getAttribute("href");
  if (!href) throw new Error("no link in the email");
  return href;
}

/** Nothing on the page is wider than the viewport (no sideways scrolling at 375 px). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
