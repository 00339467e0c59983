import { request as playwright, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./test";
import { createECDH, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { NOT_FOUND_ERROR, SESSION_ENDED_ERROR } from "../lib/app-error";
import { BASE_URL } from "../playwright.config";
import { appLib, seedReportJournalOf } from "./app-database";
import { ACTIONS, CARER_ROLES, PAGES, ROUTES, type ActionAnswer, type Answer, type Carer, type Fixtures, type Row } from "./authorization-matrix";
import { newPerson } from "./helpers";
import { ownerAccess } from "../lib/journals/policy";

// Every page, route handler and server action, as the owner, another signed-in person, someone
// signed out, carers of the owner with each role and one removed in an open session, and with a
// dead link where a link is the key. The list comes from the app/ tree and
// the build's server-action manifest, so a new one without a row in authorization-matrix.ts fails.

test.describe.configure({ mode: "serial" });

const APP = path.join(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** "app/(app)/journal/[id]/page.tsx" → "/journal/[id]": route groups and private folders are not in URLs. */
function routeOf(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function appTree() {
  const files = filesUnder(APP).filter((file) => !path.relative(APP, file).split(path.sep).some((segment) => segment.startsWith("_")));
  const pages = files.filter((file) => /\/page\.tsx$/.test(file)).map(routeOf);
  const routes = files
    .filter((file) => /\/route\.ts$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return METHODS.filter((method) => new RegExp(`export (const|async function|function) ${method}\\b|export (const )?\\{[^}]*\\b${method}\\b`).test(source)).map((method) => `${method} ${routeOf(file)}`);
    });
  const actions = filesUnder(APP)
    .filter((file) => /\.tsx?$/.test(file) && /^["']use server["']/.test(readFileSync(file, "utf8").trimStart()))
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (\w+)/g)].map(([, name]) => `${path.relative(process.cwd(), file)}#${name}`));
  return { pages, routes, actions };
}

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

/** Each server action's id and a page whose module holds it, from the production build. */
function actionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return new Map(
    Object.entries(manifest.node).map(([id, action]) => {
      const worker = Object.keys(action.workers).sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")))[0] ?? "";
      return [`${action.filename}#${action.exportedName}`, { id, page: worker }];
    }),
  );
}

test("every page, route handler and server action in app/ has a row in the matrix", () => {
  const tree = appTree();
  expect(tree.pages.sort()).toEqual(Object.keys(PAGES).sort());
  expect(tree.routes.sort()).toEqual(Object.keys(ROUTES).sort());
  expect(tree.actions.sort()).toEqual(Object.keys(ACTIONS).sort());
  expect([...actionIds().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
});

type Actor = "owner" | "other" | "signedOut" | Carer;
const contexts = {} as Record<Actor, APIRequestContext>;
let fixtures: Fixtures;

async function signedInContext(email: string, password: string, openJournalId?: string): Promise<APIRequestContext> {
  const context = await playwright.newContext({ baseURL: BASE_URL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  // A carer has the owner's journal open, as the header's switcher leaves it.
  if (openJournalId) await context.addCookies([{ name: "footnote-journal", value: openJournalId, url: BASE_URL }]);
  return context;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { db } = await appLib();
  const [{ hashToken }, { createAccount }, { createReminder }, { createAppointment }, { addQuestion }, shareLinks, { regenerateCalendarFeed }, { createPrintToken }, { signEmailLink }, { REPORT_SECTIONS }] = await Promise.all([
    import("../lib/auth/single-use-tokens"),
    import("../lib/auth/sign-up"),
    import("../lib/reminders/reminders"),
    import("../lib/appointments/appointments"),
    import("../lib/report/questions"),
    import("../lib/share-links/share-links"),
    import("../lib/appointments/calendar-feed"),
    import("../lib/report/print-token"),
    import("../lib/reminders/email-token"),
    import("../lib/report/sections"),
  ]);
  const owner = newPerson("matrix-owner");
  const other = { ...newPerson("matrix-other"), password: "a password of their own" };
  for (const person of [owner, other]) await createAccount({ name: person.name, email: person.email, password: person.password, timeZone: "Europe/London" });
  await seedReportJournalOf(owner.email, 8, 5);
  const ownerId = (await db().user.findUniqueOrThrow({ where: { email: owner.email } })).id;
  const entries = await db().entry.findMany({ where: { userId: ownerId }, orderBy: { recordedAt: "asc" }, select: { id: true } });
  const photos = await db().photo.findMany({ where: { userId: ownerId }, select: { id: true } });
  // On no entry the rows before it rewrite or delete.
  const observation = await db().observation.findFirstOrThrow({ where: { userId: ownerId, entryId: { notIn: entries.slice(0, 4).map((entry) => entry.id) } }, select: { id: true } });

  const reminderInput = { kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "08:00", timeZone: "Europe/London", startDate: "2026-01-01", endDate: null } as const;
  const [reminder, spareReminder] = [await createReminder(ownerAccess(ownerId), { ...reminderInput, weekdays: [] }), await createReminder(ownerAccess(ownerId), { ...reminderInput, weekdays: [] })];
  const appointmentInput = { clinician: "Podiatrist", place: "", reason: "", date: "2099-01-01", time: "10:00", timeZone: "Europe/London", remindBefore: [], customHoursBefore: null };
  const [appointment, spareAppointment] = [await createAppointment(ownerAccess(ownerId), appointmentInput), await createAppointment(ownerAccess(ownerId), appointmentInput)];
  for (const text of ["Should I worry about the heel?", "A spare", "Another spare"]) await addQuestion(ownerAccess(ownerId), text);
  const questions = await db().doctorQuestion.findMany({ where: { userId: ownerId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const question = questions[0]!;
  const carerSpare = async (index: number) => ({
    entryId: entries[2 + index]!.id,
    photoId: photos[2 + index]!.id,
    reminderId: (await createReminder(ownerAccess(ownerId), { ...reminderInput, weekdays: [] })).id,
    appointmentId: (await createAppointment(ownerAccess(ownerId), appointmentInput)).id,
    questionId: questions[1 + index]!.id,
  });
  const carerSpares = { record: await carerSpare(0), reminders: await carerSpare(1) };
  const report = { from: "2020-01-01", to: "2099-12-31", sections: [...REPORT_SECTIONS], expiresInHours: 24 };
  const [shared, spare, revoked] = [await shareLinks.createShareLink(ownerId, report), await shareLinks.createShareLink(ownerId, report), await shareLinks.createShareLink(ownerId, report)];
  if (!shared || !spare || !revoked) throw new Error("share links were not created");
  await shareLinks.revokeShareLink(ownerId, revoked.id);
  const retiredCalendarToken = await regenerateCalendarFeed(ownerId);
  const calendarToken = await regenerateCalendarFeed(ownerId);
  const delivery = await db().delivery.create({ data: { userId: ownerId, reminderId: reminder.id, occurrenceAt: new Date(), localDate: new Date("2026-01-01T00:00:00Z"), status: "SENT" } });
  const link = (expiresAt: Date) => signEmailLink({ userId: ownerId, reminderId: reminder.id, deliveryId: delivery.id, expiresAt });
  const outbox = await db().outboxMessage.create({ data: { messageId: `<${crypto.randomUUID()}@matrix>`, to: owner.email, subject: "Matrix", text: "Hello", html: "<p>Hello</p>" } });

  // Carers of the owner with each role, one helper more (to be removed) and one removed already.
  const carerPeople = {} as Record<Carer | "spare", { id: string; email: string; password: string }>;
  for (const carer of ["removed", "see", "record", "reminders", "spare"] as const) {
    const person = { ...newPerson(`matrix-${carer}`), password: `the ${carer} carer's own password` };
    const { userId } = await createAccount({ name: `Matrix ${carer}`, email: person.email, password: person.password, timeZone: "Asia/Tokyo" });
    carerPeople[carer] = { id: userId, email: person.email, password: person.password };
    await db().journalMember.create({ data: { userId: ownerId, memberId: userId, role: carer in CARER_ROLES ? CARER_ROLES[carer as keyof typeof CARER_ROLES] : "REMINDERS", invitedById: ownerId } });
  }
  const otherId = (await db().user.findUniqueOrThrow({ where: { email: other.email } })).id;
  const helped = await createAccount({ name: "Helped by other", email: newPerson("matrix-helped").email, password: "a password of their own", timeZone: "Europe/London" });
  await db().journalMember.create({ data: { userId: helped.userId, memberId: otherId, role: "SEE" } });
  const invitation = (email: string, revoked: boolean) => {
    const token = `matrix-invitation-${crypto.randomUUID()}`;
    return db()
      .journalInvitation.create({ data: { userId: ownerId, email, role: "SEE", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000), revokedAt: revoked ? new Date() : null } })
      .then((row) => ({ token, id: row.id }));
  };
  const [invited, spareInvitation, revokedInvitation] = [await invitation("invited-elsewhere@example.com", false), await invitation("spare-invitation@example.com", false), await invitation("revoked@example.com", true)];

  contexts.owner = await signedInContext(owner.email, owner.password);
  contexts.other = await signedInContext(other.email, other.password);
  for (const carer of ["removed", "see", "record", "reminders"] as const) contexts[carer] = await signedInContext(carerPeople[carer].email, carerPeople[carer].password, ownerId);
  // Removed while signed in, with the owner's journal still open in their browser.
  await db().journalMember.deleteMany({ where: { userId: ownerId, memberId: carerPeople.removed.id } });
  contexts.signedOut = await playwright.newContext({ baseURL: BASE_URL });
  const spareContext = await signedInContext(owner.email, owner.password);
  const sessions = await db().session.findMany({ where: { userId: ownerId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await spareContext.dispose();
  const passkey = await db().passkey.create({
    data: { userId: ownerId, credentialId: crypto.randomUUID(), publicKey: Buffer.from("not a real key"), name: "Matrix phone" },
  });

  const pushSubscription = await db().pushSubscription.create({ data: { userId: ownerId, endpoint: `https://push.example.net/matrix/${crypto.randomUUID()}`, ...browserPushKeys(), device: "Matrix phone" } });

  fixtures = {
    owner,
    entryId: entries[0]!.id,
    spareEntryId: entries[1]!.id,
    observationId: observation.id,
    photoId: photos[0]!.id,
    sparePhotoId: photos[1]!.id,
    reminderId: reminder.id,
    spareReminderId: spareReminder.id,
    appointmentId: appointment.id,
    spareAppointmentId: spareAppointment.id,
    questionId: question.id,
    spareShareLinkId: spare.id,
    shareToken: shared.token,
    revokedShareToken: revoked.token,
    calendarToken,
    retiredCalendarToken,
    printToken: createPrintToken(ownerId, report),
    expiredPrintToken: createPrintToken(ownerId, report, Date.now() - 10 * 60_000),
    emailLinkToken: link(new Date(Date.now() + 86_400_000)),
    expiredEmailLinkToken: link(new Date(Date.now() - 1000)),
    outboxMessageId: outbox.id,
    spareSessionId: sessions.at(-1)!.id,
    passkeyId: passkey.id,
    pushSubscriptionId: pushSubscription.id,
    carerSpares,
    ownerId,
    seeCarerId: carerPeople.see.id,
    spareCarerId: carerPeople.spare.id,
    spareInvitationId: spareInvitation.id,
    invitationToken: invited.token,
    revokedInvitationToken: revokedInvitation.token,
    otherHelpsWithId: helped.userId,
  };
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((context) => context.dispose()));
});

/** A browser's subscription keys: a P-256 public key and a 16-byte auth secret. */
function browserPushKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
}

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: "#a52" } }).jpeg().toBuffer();
}

async function send(context: APIRequestContext, key: string, url: string) {
  const [method, pathPattern] = key.includes(" ") ? key.split(" ") : ["GET", key];
  const options = { maxRedirects: 0, headers: { origin: BASE_URL } };
  if (method === "POST" && pathPattern === "/api/photos") return context.post(url, { ...options, multipart: { file: { name: "photo.jpg", mimeType: "image/jpeg", buffer: await jpeg() } } });
  if (method === "POST" && pathPattern === "/api/auth/[...nextauth]") {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return context.post(url, { ...options, form: { email: `nobody-${crypto.randomUUID()}@example.com`, password: "wrong password", csrfToken, json: "true" } });
  }
  if (method === "POST" && pathPattern === "/api/entries") {
    const values = { date: "2026-01-01", time: "08:00", pain: "2", observations: [], careKind: "NONE", careMinutes: "", photos: [] };
    return context.post(url, { ...options, data: { clientId: crypto.randomUUID(), values } });
  }
  if (pathPattern === "/api/push-subscriptions") {
    const endpoint = `https://push.example.net/matrix/${crypto.randomUUID()}`;
    const { p256dh, auth } = browserPushKeys();
    return context.fetch(url, { ...options, method, data: method === "POST" ? { endpoint, keys: { p256dh, auth } } : { endpoint } });
  }
  if (method === "PATCH") return context.patch(url, { ...options, data: { foot: "LEFT", region: "HEEL", caption: "matrix" } });
  return context.fetch(url, { ...options, method });
}

async function expectAnswer(context: APIRequestContext, key: string, url: string, answer: Answer, who: string) {
  const response = await send(context, key, url);
  const label = `${who}: ${key} (${url})`;
  if (answer === "sign-in") {
    expect(response.status(), label).toBe(307);
    expect(response.headers().location, label).toMatch(/\/sign-in\?callbackUrl=/);
    return;
  }
  const { status, text, location } = typeof answer === "number" ? { status: answer, text: undefined, location: undefined } : answer;
  expect(response.status(), label).toBe(status);
  if (text) {
    // The page's text without markup (or a file's body), and its title to say what came instead.
    const body = await response.text();
    const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? body.slice(0, 80);
    expect(body.replace(/<[^>]+>/g, " ").includes(text), `${label}: wanted "${text}", got the page "${title}"`).toBe(true);
  }
  if (location) expect(response.headers().location, label).toMatch(location);
}

/** Those who must leave the owner's data as it was come first; the carers who may change it, then the owner, last. */
const ACTORS = ["signedOut", "other", "removed", "see", "record", "reminders", "owner"] as const;

async function runRows(rows: Record<string, Row<Answer>>, actors: readonly (typeof ACTORS)[number][]) {
  for (const [key, row] of Object.entries(rows)) {
    for (const actor of actors) await expectAnswer(contexts[actor], key, row.url(fixtures, actor), row[actor], actor);
    if (row.deadLink && actors.includes("signedOut")) await expectAnswer(contexts.signedOut, key, row.deadLink.url(fixtures), row.deadLink.answer, "dead link");
  }
}

// In three parts, each within a test's time on a loaded machine.
const PAGE_ROWS = Object.entries(PAGES);
for (let part = 0; part < 3; part++) {
  test(`pages (${part + 1} of 3)`, async () => {
    const size = Math.ceil(PAGE_ROWS.length / 3);
    await runRows(Object.fromEntries(PAGE_ROWS.slice(part * size, (part + 1) * size)), ACTORS);
  });
}

// In two halves, each within a test's time: the carers' rows first, so the owner's deletions come last.
test("route handlers, as carers", async () => {
  await runRows(ROUTES, ["removed", "see", "record", "reminders"]);
});

test("route handlers", async () => {
  await runRows(ROUTES, ["signedOut", "other", "owner"]);
});

/** The owner's data as it stands: nothing another person or a signed-out caller does may change it. */
async function ownersData(): Promise<string> {
  const { db } = await appLib();
  const user = await db().user.findUniqueOrThrow({ where: { email: fixtures.owner.email }, select: { id: true, name: true, email: true, timeZone: true, updatedAt: true } });
  const where = { where: { userId: user.id } };
  const rows = await Promise.all([
    db().entry.findMany({ ...where, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db().reminder.findMany({ ...where, select: { id: true, active: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db().appointment.findMany({ ...where, select: { id: true, outcome: true }, orderBy: { id: "asc" } }),
    db().doctorQuestion.findMany({ ...where, select: { id: true }, orderBy: { id: "asc" } }),
    db().shareLink.findMany({ ...where, select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db().session.findMany({ ...where, select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db().authToken.findMany({ ...where, select: { id: true }, orderBy: { id: "asc" } }),
    db().calendarFeed.findMany({ ...where, select: { tokenHash: true } }),
    db().healthProfile.findMany({ ...where, select: { updatedAt: true } }),
    db().observation.findMany({ ...where, select: { id: true, healedAt: true }, orderBy: { id: "asc" } }),
    db().passkey.findMany({ ...where, select: { id: true }, orderBy: { id: "asc" } }),
    db().twoStep.findMany({ ...where, select: { secretEncrypted: true, enabledAt: true } }),
    db().photo.findMany({ ...where, select: { id: true, caption: true }, orderBy: { id: "asc" } }),
    db().journalMember.findMany({ ...where, select: { memberId: true, role: true }, orderBy: { memberId: "asc" } }),
    db().journalInvitation.findMany({ ...where, select: { id: true, revokedAt: true, acceptedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify([user, rows]);
}

/** Calls a server action the way the browser does: by its id, posted to a page that holds it. */
async function callAction(context: APIRequestContext, key: string, args: unknown): Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string> } | "sign-in"> {
  const found = actionIds().get(key);
  if (!found) throw new Error(`no action ${key} in the build`);
  const pagePath = routeOf(path.join(process.cwd(), `${found.page}.tsx`)).replace("[id]", fixtures.entryId);
  const response = await context.post(pagePath, {
    maxRedirects: 0,
    headers: { "next-action": found.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE_URL },
    data: JSON.stringify([args]),
  });
  if (response.status() === 307 && /\/sign-in/.test(response.headers().location ?? "")) return "sign-in";
  const body = await response.text();
  for (const line of body.split("\n")) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    const value = json ? (JSON.parse(json) as { ok?: boolean }) : undefined;
    if (value && typeof value.ok === "boolean") return value as { ok: boolean };
  }
  throw new Error(`${key}: no action result in ${response.status()} ${body.slice(0, 300)}`);
}

function expectActionAnswer(result: Awaited<ReturnType<typeof callAction>>, answer: ActionAnswer, label: string) {
  if (answer === "session-ended") {
    if (result !== "sign-in") expect(result, label).toEqual({ ok: false, formError: SESSION_ENDED_ERROR });
    return;
  }
  expect(result, label).not.toBe("sign-in");
  if (result === "sign-in") return;
  if (answer === "ok") expect(result, label).toMatchObject({ ok: true });
  if (answer === "not-found") expect(result, label).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
  if (answer === "refused") expect(result.ok, label).toBe(false);
}

// In three parts, in the matrix's order, each within a test's time.
const ACTION_ROWS = Object.entries(ACTIONS);
const ACTION_PARTS = 3;
const partSize = Math.ceil(ACTION_ROWS.length / ACTION_PARTS);
for (let part = 0; part < ACTION_PARTS; part++) {
  test(`server actions, replayed by id (${part + 1} of ${ACTION_PARTS})`, async () => {
    await replayActions(ACTION_ROWS.slice(part * partSize, (part + 1) * partSize));
  });
}

async function replayActions(rows: [string, (typeof ACTIONS)[string]][]) {
  // A made-up session cookie passes the proxy's quick check, so the action's own check is what answers.
  await contexts.signedOut.addCookies([{ name: "next-auth.session-token", value: "not-a-session", url: BASE_URL }]);
  for (const [key, row] of rows) {
    const before = await ownersData();
    for (const actor of ["signedOut", "other", "removed", "see"] as const) expectActionAnswer(await callAction(contexts[actor], key, row.args(fixtures, actor)), row[actor], `${actor}: ${key}`);
    // A see carer writes nothing, and a removed one reaches nothing.
    expect(await ownersData(), `the owner's data after others called ${key}`).toBe(before);
    for (const actor of ["record", "reminders", "owner"] as const) expectActionAnswer(await callAction(contexts[actor], key, row.args(fixtures, actor)), row[actor], `${actor}: ${key}`);
  }
}
