import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import sharp from "sharp";
import { appLib, userIdOf } from "./app-database";
import { finishSignUp, formAlert, linkFromOutbox, newPerson, passwordForm, requestSignUp, signInNewPerson, submitPassword } from "./helpers";

// Carers end to end: the invitation read from the outbox, accepted by a new account; a check with a
// photo recorded for the owner on a phone; "recorded by"; a role change refusing the carer's next
// save while their input stays; removal ending access in an open session; a journal kept for
// someone without an account, handed over by email.

const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };

async function phonePage(browser: Browser): Promise<Page> {
  return (await browser.newContext(PHONE)).newPage();
}

test("invite by email, accept as a new person, record for the owner on a phone; role change and removal in an open session", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const owner = newPerson("owner");
  const carer = newPerson("carer");
  await signInNewPerson(page, owner);
  await page.goto("/settings");
  const invite = page.getByRole("form", { name: "Invite someone who helps" });
  await invite.getByLabel("Their email address").fill(carer.email);
  await invite.getByRole("radio", { name: /^Record/ }).check();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`We emailed an invitation to ${carer.email}.`)).toBeVisible();

  // The carer, on a phone, opens the emailed link and creates an account from it.
  const phone = await phonePage(browser);
  const invitation = await linkFromOutbox(phone, carer.email, `${owner.name} invited you to help with their Footnote journal`);
  await phone.goto(invitation);
  await expect(phone.getByRole("heading", { name: `Help with ${owner.name}’s journal` })).toBeVisible();
  await expect(phone.getByText("You would be able to: Record")).toBeVisible();
  await requestSignUp(phone, carer, `/sign-up?callbackUrl=${encodeURIComponent(new URL(invitation).pathname)}`);
  await finishSignUp(phone, carer.email);
  await phone.getByRole("button", { name: "Accept invitation" }).click();
  await expect(phone.getByTestId("open-journal")).toContainText(`You are looking after ${owner.name}’s journal`);

  // A check with a photo, for the owner.
  await phone.goto("/journal/new");
  await phone.getByRole("radio", { name: "3", exact: true }).check();
  await phone.getByLabel("Add photos").setInputFiles({ name: "foot.jpg", mimeType: "image/jpeg", buffer: await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b04030" } }).jpeg().toBuffer() });
  await expect(phone.getByRole("list", { name: "Photos in this entry" }).getByRole("img")).toBeVisible();
  await phone.getByLabel("Notes").fill("Checked by the carer.");
  await phone.getByRole("button", { name: "Save this check" }).click();
  await expect(phone.getByText("Your check is saved.")).toBeVisible();
  await expect(phone.getByTestId("recorded-by")).toHaveText(`Recorded by ${carer.name}`);

  // The owner sees who recorded it, and what the carer did.
  await page.goto("/journal");
  await expect(page.getByText(`recorded by ${carer.name}`)).toBeVisible();
  await page.goto("/settings");
  await expect(page.getByTestId("activity")).toContainText(`${carer.name} created the entry`);

  // The carer starts another check; meanwhile the owner makes them "see" only.
  await phone.goto("/journal/new");
  await phone.getByRole("radio", { name: "2", exact: true }).check();
  await phone.getByLabel("Notes").fill("Second look, left heel.");
  const carerItem = page.getByRole("listitem").filter({ hasText: carer.email });
  await carerItem.getByRole("radio", { name: /^See/ }).check();
  await carerItem.getByRole("button", { name: `Save what ${carer.name} may do` }).click();
  await expect(page.getByText(`${carer.name} may now: see.`)).toBeVisible();
  await phone.getByRole("button", { name: "Save this check" }).click();
  await expect(formAlert(phone, `You can see ${owner.name}'s journal but not change it any more`)).toBeVisible();
  await expect(phone.getByLabel("Notes")).toHaveValue("Second look, left heel.");

  // Removed: the open session finds nothing on its next request, and can open its own journal.
  await carerItem.getByRole("button", { name: `Remove ${carer.name}` }).click();
  await page.getByRole("alertdialog", { name: `Remove ${carer.name}?` }).getByRole("button", { name: `Remove ${carer.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${carer.name} no longer has access to your journal.` })).toBeVisible();
  await expect(page.getByRole("region", { name: "People who help" })).toContainText("Nobody helps with your journal yet.");
  await phone.goto("/journal");
  await expect(phone.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await phone.getByRole("button", { name: "Open" }).click();
  await expect(phone.getByRole("heading", { name: `Hello, ${carer.name}` })).toBeVisible();
  await phone.context().close();
});

test("a journal kept for someone without an account, handed over by email @phone", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const carer = newPerson("holder");
  const grandad = newPerson("grandad");
  await signInNewPerson(page, carer);
  await page.goto("/settings");
  const start = page.getByRole("form", { name: "Start a journal for someone" });
  await start.getByLabel("Their name").fill("Grandad");
  await start.getByRole("button", { name: "Start a journal for them" }).click();
  await expect(page.getByTestId("open-journal")).toContainText("You are looking after Grandad’s journal, which you keep for them");

  await page.goto("/settings");
  await expect(page.getByTestId("held-warning")).toContainText("the journal you keep for Grandad");
  const handOver = page.getByRole("form", { name: "Hand Grandad’s journal over" });
  await handOver.getByLabel("Grandad’s email address, to hand the journal over").fill(grandad.email);
  await handOver.getByRole("button", { name: "Hand over to Grandad" }).click();
  await expect(page.getByText(`We emailed ${grandad.email} a link to take over the journal.`)).toBeVisible();

  const other = await phonePage(browser);
  await other.goto(await linkFromOutbox(other, grandad.email, `${carer.name} is handing your foot health journal to you`));
  await expect(other.getByRole("heading", { name: "Take over your journal" })).toBeVisible();
  await other.getByLabel("Choose a password").fill(grandad.password);
  await other.getByLabel("The same password again").fill(grandad.password);
  await other.getByRole("button", { name: "Take over my journal" }).click();
  await expect(other).toHaveURL(/\/sign-in/);
  await passwordForm(other).getByLabel("Email address").fill(grandad.email);
  await submitPassword(other, grandad.password);
  await expect(other.getByRole("heading", { name: "Hello, Grandad" })).toBeVisible();
  await other.context().close();

  // The carer still helps, now as a carer rather than the holder.
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Journals I help with" })).toContainText("Grandad");
});

test("a check saved offline for Mum goes to Mum's journal, though the carer opened their own before it was sent @phone", async ({ page, browser }) => {
  const mum = newPerson("mum");
  const carer = newPerson("carer");
  await signInNewPerson(page, mum);
  const phone = await phonePage(browser);
  await signInNewPerson(phone, carer);
  const [mumId, carerId] = [await userIdOf(mum.email), await userIdOf(carer.email)];
  const { db } = await appLib();
  await db().journalMember.create({ data: { userId: mumId, memberId: carerId, role: "RECORD" } });

  // The link in a carer's reminder email asks once, then opens the new-check form in Mum's journal.
  await phone.goto(`/journals/${mumId}/open?next=${encodeURIComponent("/journal/new")}`);
  await phone.getByRole("button", { name: `Open ${mum.name}’s journal` }).click();
  await expect(phone.getByTestId("open-journal")).toContainText(`You are looking after ${mum.name}’s journal`);
  await expect(phone).toHaveURL(/\/journal\/new$/);
  await expect(phone.getByRole("heading", { name: `How much do ${mum.name}’s feet hurt overall?` })).toBeVisible();

  // Started with signal (the form's checks load then), saved without.
  await phone.getByRole("radio", { name: "4", exact: true }).check();
  await phone.getByLabel("Notes").fill("Done for Mum with no signal.");
  await phone.waitForLoadState("networkidle");
  await phone.context().setOffline(true);
  await phone.getByRole("button", { name: "Save this check" }).click();
  await expect(phone.getByText("No connection: your check is saved on this device")).toBeVisible();
  await expect(phone.getByRole("list", { name: "Checks waiting to send" })).toContainText(`for ${mum.name}: waiting to send`);

  // Another window opens the carer's own journal before the connection returns.
  await phone.context().clearCookies({ name: "footnote-journal" });
  await phone.context().setOffline(false);
  await expect(phone.getByRole("list", { name: "Checks waiting to send" })).toHaveCount(0);
  const stored = await db().entry.findMany({ where: { userId: { in: [mumId, carerId] } }, select: { userId: true, notes: true, createdById: true } });
  expect(stored).toEqual([{ userId: mumId, notes: "Done for Mum with no signal.", createdById: carerId }]);

  // One the carer may no longer record is refused with the reason, kept, and can be deleted.
  await phone.goto(`/journals/${mumId}/open?next=${encodeURIComponent("/journal/new")}`);
  await phone.getByRole("button", { name: `Open ${mum.name}’s journal` }).click();
  await phone.getByRole("radio", { name: "1", exact: true }).check();
  await phone.getByLabel("Notes").fill("A second look.");
  await phone.waitForLoadState("networkidle");
  await phone.context().setOffline(true);
  await phone.getByRole("button", { name: "Save this check" }).click();
  await expect(phone.getByText("No connection: your check is saved on this device")).toBeVisible();
  await db().journalMember.updateMany({ where: { userId: mumId, memberId: carerId }, data: { role: "SEE" } });
  await phone.context().setOffline(false);
  const waiting = phone.getByRole("list", { name: "Checks waiting to send" });
  await expect(waiting).toContainText(`not sent: You can see ${mum.name}'s journal but not change it any more.`);
  await waiting.getByRole("button", { name: "Delete it from this device" }).click();
  await phone.getByRole("alertdialog").getByRole("button", { name: "Delete it" }).click();
  await expect(waiting).toHaveCount(0);
  expect(await db().entry.count({ where: { userId: mumId } })).toBe(1);
  await phone.context().close();
});
