import { can, type JournalAction, type JournalRole } from "../lib/journals/policy";

// Who may do what: one row for every page, route handler and server action in app/. The test
// (authorization.spec.ts) lists them from the app/ tree, so a new one without a row fails, and
// runs every row as each actor against the built app. Carers (docs/decisions/0058) have the
// owner's journal open: one with each role, and one whose access was removed in an open session.

export type Fixtures = {
  owner: { email: string; password: string };
  entryId: string;
  spareEntryId: string;
  /** Something noted in one of the owner's checks, for "healed". */
  observationId: string;
  photoId: string;
  sparePhotoId: string;
  reminderId: string;
  spareReminderId: string;
  appointmentId: string;
  spareAppointmentId: string;
  questionId: string;
  spareShareLinkId: string;
  shareToken: string;
  revokedShareToken: string;
  calendarToken: string;
  retiredCalendarToken: string;
  printToken: string;
  expiredPrintToken: string;
  emailLinkToken: string;
  expiredEmailLinkToken: string;
  outboxMessageId: string;
  spareSessionId: string;
  passkeyId: string;
  /** One of the owner's devices with notifications on; only the owner may remove it. */
  pushSubscriptionId: string;
  /** Each carer deletes their own spare things, so the owner's spares stay for the owner. */
  carerSpares: Record<"record" | "reminders", { entryId: string; photoId: string; reminderId: string; appointmentId: string; questionId: string }>;
  ownerId: string;
  seeCarerId: string;
  spareCarerId: string;
  spareInvitationId: string;
  invitationToken: string;
  revokedInvitationToken: string;
  /** A journal the other person helps with (and nobody else here). */
  otherHelpsWithId: string;
};

/**
 * What a request answers: a status (with words in the page's title, or in a file's body), a
 * redirect's target, or the sign-in redirect.
 */
export type Answer = number | "sign-in" | { status: number; text?: string; location?: RegExp };

/** A server action's answer: done, refused as not theirs, refused for another reason, or signed out. */
export type ActionAnswer = "ok" | "not-found" | "refused" | "session-ended";

export type Carer = "removed" | "see" | "record" | "reminders";
export const CARER_ROLES: Record<Exclude<Carer, "removed">, JournalRole> = { see: "SEE", record: "RECORD", reminders: "REMINDERS" };

export type Expected<A> = {
  owner: A;
  /** Another signed-in person, using the owner's ids and links. */
  other: A;
  signedOut: A;
} & Record<Carer, A>;

export type Row<A> = Expected<A> & {
  url: (fixtures: Fixtures, actor: string) => string;
  /** The same request with a revoked, retired or expired link, for routes a link opens. */
  deadLink?: { url: (fixtures: Fixtures) => string; answer: A };
};

export type ActionRow = Expected<ActionAnswer> & { args: (fixtures: Fixtures, actor: string) => unknown };

const page = (text: string): Answer => ({ status: 200, text });
/** Carers answered like `other`: what they reach is their own account's. */
const carersLike = <A>(answer: A): Record<Carer, A> => ({ removed: answer, see: answer, record: answer, reminders: answer });
/** Carers by role: `ok` when the role allows `action`, else `refused`; a removed carer finds nothing. */
const carersBy = <A>(action: JournalAction, ok: A, refused: A, removed: A): Record<Carer, A> => ({
  removed,
  ...(Object.fromEntries(Object.entries(CARER_ROLES).map(([carer, role]) => [carer, can({ role }, action) ? ok : refused])) as Record<Exclude<Carer, "removed">, A>),
});
const everyone = <A>(answer: A): Expected<A> => ({ owner: answer, other: answer, signedOut: answer, ...carersLike(answer) });
/** A page of the signed-in person's own account (Settings, the first run): carers see their own. */
const ownPage = (heading: string): Expected<Answer> => ({ owner: page(heading), other: page(heading), signedOut: "sign-in", ...carersLike(page(heading)) });
/** A page of the open journal: another person sees their own journal; carers what their role allows. */
const journalPage = (heading: string, action: JournalAction = "read"): Expected<Answer> => ({
  owner: page(heading),
  other: page(heading),
  signedOut: "sign-in",
  ...carersBy<Answer>(action, page(heading), 404, 404),
});
/** A page or route about one of the owner's things: anyone else gets the same 404 as for nothing; routes refuse a role with 403. */
const ownersThing = (ok: Answer, signedOut: Answer = "sign-in", action: JournalAction = "read"): Expected<Answer> => ({
  owner: ok,
  other: 404,
  signedOut,
  ...carersBy<Answer>(action, ok, signedOut === "sign-in" ? 404 : 403, 404),
});
/** A route on the open journal (not one thing of it): everyone signed in gets their own; carers by role. */
const journalRoute = (ok: Answer, action: JournalAction = "read"): Expected<Answer> => ({ owner: ok, other: ok, signedOut: 401, ...carersBy<Answer>(action, ok, 403, 404) });

/** A route of the signed-in person's own account: each gets their own. */
const signedIn = (ok: Answer): Expected<Answer> => ({ owner: ok, other: ok, signedOut: 401, ...carersLike(ok) });

// A day either side of today, so the values are past or future at any hour in any zone the run meets.
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const yesterday = dayFromToday(-1);
const tomorrow = dayFromToday(1);

export const PAGES: Record<string, Row<Answer>> = {
  "/": { url: () => "/", ...everyone(page("your foot health journal")) },
  "/confirm-email": { url: () => "/confirm-email?token=not-a-real-token-but-long-enough-000000", ...everyone(page("Confirm your email address")) },
  "/dev/outbox": { url: () => "/dev/outbox", ...everyone(page("Local outbox")) },
  "/dev/outbox/[id]": { url: (f) => `/dev/outbox/${f.outboxMessageId}`, ...everyone(page("Outbox message")) },
  "/forgot-password": { url: () => "/forgot-password", ...everyone(page("Forgot your password")) },
  "/invitations/[token]": {
    url: (f) => `/invitations/${f.invitationToken}`,
    ...everyone(page("invited you to help")),
    deadLink: { url: (f) => `/invitations/${f.revokedInvitationToken}`, answer: page("This link is no longer valid") },
  },
  "/journal": { url: () => "/journal", ...journalPage("Journal") },
  // A carer's reminder link: straight on when the journal is open already (the carers here have the owner's open).
  "/journals/[id]/open": {
    url: (f) => `/journals/${f.ownerId}/open?next=%2Ftoday`,
    ...ownersThing({ status: 307, location: /\/today$/ }),
  },
  "/journal/[id]": { url: (f) => `/journal/${f.entryId}`, ...ownersThing(page("Foot check")) },
  "/journal/[id]/edit": { url: (f) => `/journal/${f.entryId}/edit`, ...ownersThing(page("Edit foot check"), "sign-in", "record") },
  "/journal/compare": { url: () => "/journal/compare", ...journalPage("Compare photos") },
  "/journal/new": { url: () => "/journal/new", ...journalPage("New foot check", "record") },
  "/offline": { url: () => "/offline", ...everyone(page("No connection")) },
  "/r/done": { url: () => "/r/done?what=paused", ...everyone(page("Done")) },
  "/r/pause": {
    url: (f) => `/r/pause?token=${f.emailLinkToken}`,
    ...everyone(page("Pause this reminder")),
    deadLink: { url: (f) => `/r/pause?token=${f.expiredEmailLinkToken}`, answer: page("This link has expired") },
  },
  "/r/snooze": {
    url: (f) => `/r/snooze?token=${f.emailLinkToken}`,
    ...everyone(page("Remind me later")),
    deadLink: { url: (f) => `/r/snooze?token=${f.expiredEmailLinkToken}`, answer: page("This link has expired") },
  },
  "/reminders": { url: () => "/reminders", ...journalPage("Reminders") },
  "/reminders/[id]/edit": { url: (f) => `/reminders/${f.reminderId}/edit`, ...ownersThing(page("Edit reminder"), "sign-in", "manage-reminders") },
  "/reminders/appointments/new": { url: () => "/reminders/appointments/new", ...journalPage("New appointment", "manage-reminders") },
  "/reminders/new": { url: () => "/reminders/new", ...journalPage("New reminder", "manage-reminders") },
  "/report": { url: () => "/report", ...journalPage("Report") },
  "/reset-password": { url: () => "/reset-password?token=not-a-real-token-but-long-enough-000000", ...everyone(page("Choose a new password")) },
  "/settings": { url: () => "/settings", ...ownPage("Settings") },
  "/settings/two-step": { url: () => "/settings/two-step", ...ownPage("Set up two-step sign-in") },
  "/share/[token]": {
    url: (f) => `/share/${f.shareToken}`,
    ...everyone(page("Shared foot health report")),
    deadLink: { url: (f) => `/share/${f.revokedShareToken}`, answer: page("This link is no longer valid") },
  },
  "/share/print/[token]": {
    url: (f) => `/share/print/${f.printToken}`,
    ...everyone(page("Foot health report")),
    deadLink: { url: (f) => `/share/print/${f.expiredPrintToken}`, answer: 404 },
  },
  "/sign-in": { url: () => "/sign-in", ...everyone(page("Sign in")) },
  "/sign-in/check-email": { url: () => "/sign-in/check-email", ...everyone(page("Check your email")) },
  "/sign-in/second-step": { url: () => "/sign-in/second-step", ...everyone(page("Enter your code")) },
  "/sign-in/link": { url: () => "/sign-in/link?token=x&email=someone%40example.com", ...everyone(page("Sign in with your link")) },
  "/sign-up": { url: () => "/sign-up", ...everyone(page("Create an account")) },
  "/sign-up/confirm": { url: () => "/sign-up/confirm?token=x", ...everyone(page("Finish creating your account")) },
  "/today": { url: () => "/today", ...journalPage("Today") },
  "/trends": { url: () => "/trends", ...journalPage("Trends") },
  "/welcome": { url: () => "/welcome?step=reminder", ...ownPage("Set up Footnote") },
};

export const ROUTES: Record<string, Row<Answer>> = {
  "GET /api/appointments/[id]/ics": { url: (f) => `/api/appointments/${f.appointmentId}/ics`, ...ownersThing(200, 401) },
  "GET /api/auth/[...nextauth]": { url: () => "/api/auth/providers", ...everyone(200) },
  "POST /api/auth/[...nextauth]": { url: () => "/api/auth/callback/credentials", ...everyone(401) },
  "GET /api/calendar/[token]": {
    url: (f) => `/api/calendar/${f.calendarToken}.ics`,
    ...everyone({ status: 200, text: "BEGIN:VCALENDAR" }),
    deadLink: { url: (f) => `/api/calendar/${f.retiredCalendarToken}.ics`, answer: 404 },
  },
  "GET /api/export/csv": { url: () => "/api/export/csv", ...journalRoute(200) },
  "GET /api/export/fhir": { url: () => "/api/export/fhir", ...journalRoute(200) },
  // "Download all my data" is always the signed-in person's own.
  "GET /api/export/zip": { url: () => "/api/export/zip", owner: 200, other: 200, signedOut: 401, ...carersLike(200) },
  "POST /api/photos": { url: () => "/api/photos", ...journalRoute(201, "record") },
  "POST /api/entries": { url: () => "/api/entries", ...journalRoute(201, "record") },
  "GET /serwist/[path]": { url: () => "/serwist/sw.js", ...everyone({ status: 200, text: "footnote-pages-" }) },
  "GET /api/photos/[id]": { url: (f) => `/api/photos/${f.photoId}`, ...ownersThing(200, 401) },
  "PATCH /api/photos/[id]": { url: (f) => `/api/photos/${f.photoId}`, ...ownersThing(200, 401, "record") },
  "DELETE /api/photos/[id]": { url: (f, actor) => `/api/photos/${actor === "record" || actor === "reminders" ? f.carerSpares[actor].photoId : f.sparePhotoId}`, ...ownersThing(204, 401, "record") },
  // Devices belong to people, not journals: everyone signed in turns on their own; another
  // person's device is 404 to everyone else, carers of its owner included.
  "POST /api/push-subscriptions": { url: () => "/api/push-subscriptions", ...signedIn(201) },
  "DELETE /api/push-subscriptions": { url: () => "/api/push-subscriptions", ...signedIn(204) },
  "DELETE /api/push-subscriptions/[id]": { url: (f) => `/api/push-subscriptions/${f.pushSubscriptionId}`, owner: 204, other: 404, signedOut: 401, ...carersLike(404) },
  "GET /api/report/pdf": { url: () => "/api/report/pdf", ...journalRoute(200) },
  "GET /api/share/[token]/photos/[photoId]": {
    url: (f) => `/api/share/${f.shareToken}/photos/${f.photoId}?size=thumb`,
    ...everyone(200),
    deadLink: { url: (f) => `/api/share/${f.revokedShareToken}/photos/${f.photoId}?size=thumb`, answer: 404 },
  },
  "POST /r/snooze/confirm": {
    url: (f) => `/r/snooze/confirm?token=${f.emailLinkToken}&until=hour`,
    ...everyone({ status: 303, location: /what=snoozed/ }),
    deadLink: { url: (f) => `/r/snooze/confirm?token=${f.expiredEmailLinkToken}&until=hour`, answer: { status: 303, location: /what=expired/ } },
  },
  "GET /r/unsubscribe": { url: (f) => `/r/unsubscribe?token=${f.emailLinkToken}`, ...everyone({ status: 303, location: /\/r\/pause\?token=/ }) },
  "POST /r/unsubscribe": {
    url: (f) => `/r/unsubscribe?token=${f.emailLinkToken}`,
    ...everyone({ status: 303, location: /what=paused/ }),
    deadLink: { url: (f) => `/r/unsubscribe?token=${f.expiredEmailLinkToken}`, answer: { status: 303, location: /what=expired/ } },
  },
};

const entryValues = { date: yesterday, time: "07:00", pain: "2", fatigue: "", observations: [], careKind: "NONE", careMinutes: "", lotionUsed: false, temperatures: { LEFT: {}, RIGHT: {} }, notes: "matrix", photos: [] };
const reminderValues = { kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: "", dayOfMonth: "", localTime: "08:00", timeZone: "Europe/London", startDate: tomorrow, endDate: "" };
const appointmentValues = { clinician: "Podiatrist", place: "", reason: "", date: tomorrow, time: "23:30", timeZone: "Europe/London", remindBefore: [], customHoursBefore: "" };
/** Carers answer like the other person: the action is about their own account. */
const signedOutOnly = (owner: ActionAnswer, other: ActionAnswer): Expected<ActionAnswer> => ({ owner, other, signedOut: "session-ended", ...carersLike(other) });
/** Acts on the caller's own account only: another person changes their own things, never the owner's. */
const ownAccount = signedOutOnly("ok", "ok");
/** Names one of the owner's things: anyone else is told it does not exist. */
const ownersOnly = signedOutOnly("ok", "not-found");
/** Acts on the open journal: another person on their own; carers as their role allows; a removed carer finds nothing. */
const openJournal = (action: JournalAction): Expected<ActionAnswer> => ({ owner: "ok", other: "ok", signedOut: "session-ended", ...carersBy<ActionAnswer>(action, "ok", "refused", "not-found") });
/** Names one of the open journal's things. */
const journalThing = (action: JournalAction): Expected<ActionAnswer> => ({ ...openJournal(action), other: "not-found" });
/** A carer's own spare, so deleting it leaves the owner's for the owner. */
const spare = (f: Fixtures, actor: string, key: keyof Fixtures["carerSpares"]["record"], owners: string) => (actor === "record" || actor === "reminders" ? f.carerSpares[actor][key] : owners);

// Keys are "<file>#<export>". Rows run in this order, each as signed out, other, then owner: the
// ones that end sessions come last.
export const ACTIONS: Record<string, ActionRow> = {
  "app/(app)/journal/actions.ts#createEntryAction": { args: (f) => ({ journalId: f.ownerId, values: entryValues }), ...journalThing("record") },
  "app/(app)/journal/actions.ts#updateEntryAction": { args: (f) => ({ entryId: f.entryId, values: entryValues }), ...journalThing("record") },
  "app/(app)/journal/actions.ts#deleteEntryAction": { args: (f, actor) => ({ entryId: spare(f, actor, "entryId", f.spareEntryId) }), ...journalThing("record") },
  "app/(app)/journal/actions.ts#markHealedAction": { args: (f) => ({ observationIds: [f.observationId] }), ...journalThing("record") },
  "app/(app)/journal/actions.ts#unmarkHealedAction": { args: (f) => ({ observationIds: [f.observationId] }), ...journalThing("record") },
  "app/(app)/reminders/actions.ts#createReminderAction": { args: () => reminderValues, ...openJournal("manage-reminders") },
  "app/(app)/reminders/actions.ts#updateReminderAction": { args: (f) => ({ reminderId: f.reminderId, values: reminderValues }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/actions.ts#setReminderActiveAction": { args: (f) => ({ reminderId: f.reminderId, active: true }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/actions.ts#sendTestAction": { args: (f) => ({ reminderId: f.reminderId }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/actions.ts#deleteReminderAction": { args: (f, actor) => ({ reminderId: spare(f, actor, "reminderId", f.spareReminderId) }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/appointment-actions.ts#createAppointmentAction": { args: () => appointmentValues, ...openJournal("manage-reminders") },
  "app/(app)/reminders/appointment-actions.ts#recordOutcomeAction": { args: (f) => ({ appointmentId: f.appointmentId, outcome: "Fine", followUpDate: "", followUpTime: "" }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/appointment-actions.ts#deleteAppointmentAction": { args: (f, actor) => ({ appointmentId: spare(f, actor, "appointmentId", f.spareAppointmentId) }), ...journalThing("manage-reminders") },
  "app/(app)/reminders/appointment-actions.ts#regenerateFeedAction": { args: () => ({}), ...openJournal("owner-settings") },
  "app/(app)/report/actions.ts#addQuestionAction": { args: () => ({ text: "Is this normal?" }), ...openJournal("record") },
  "app/(app)/report/actions.ts#deleteQuestionAction": { args: (f, actor) => ({ questionId: spare(f, actor, "questionId", f.questionId) }), ...journalThing("record") },
  "app/(app)/report/actions.ts#createShareLinkAction": { args: () => ({ from: yesterday, to: yesterday, sections: ["summary"], expiresInHours: 1 }), ...openJournal("owner-settings") },
  "app/(app)/report/actions.ts#revokeShareLinkAction": { args: (f) => ({ shareLinkId: f.spareShareLinkId }), ...journalThing("owner-settings") },
  "app/(app)/_journals/actions.ts#openJournalAction": { args: (f) => ({ journalId: f.ownerId }), ...signedOutOnly("ok", "not-found"), ...carersBy<ActionAnswer>("read", "ok", "ok", "not-found") },
  // Settings → People who help: always the caller's own journal; the owner's carers are not theirs.
  "app/(app)/settings/_carers/actions.ts#inviteCarerAction": { args: () => ({ email: `invitee-${crypto.randomUUID()}@example.com`, role: "SEE" }), ...ownAccount },
  "app/(app)/settings/_carers/actions.ts#changeCarerRoleAction": { args: (f) => ({ memberId: f.seeCarerId, role: "SEE" }), ...ownersOnly },
  "app/(app)/settings/_carers/actions.ts#revokeInvitationAction": { args: (f) => ({ invitationId: f.spareInvitationId }), ...ownersOnly },
  "app/(app)/settings/_carers/actions.ts#removeCarerAction": { args: (f) => ({ memberId: f.spareCarerId }), ...ownersOnly },
  "app/(app)/settings/_carers/actions.ts#leaveJournalAction": { args: (f) => ({ journalId: f.otherHelpsWithId }), ...signedOutOnly("not-found", "ok"), ...carersLike<ActionAnswer>("not-found") },
  // Keeping a journal for someone without an account: the caller's own; nobody here holds the owner's.
  "app/(app)/settings/_carers/actions.ts#startHeldJournalAction": { args: () => ({ name: "Grandad" }), ...ownAccount },
  "app/(app)/settings/_carers/actions.ts#handOverJournalAction": { args: (f) => ({ journalId: f.ownerId, email: `handover-${crypto.randomUUID()}@example.com` }), ...signedOutOnly("not-found", "not-found") },
  "app/(app)/settings/_carers/actions.ts#deleteHeldJournalAction": { args: (f) => ({ journalId: f.ownerId }), ...signedOutOnly("not-found", "not-found") },
  "app/invitations/[token]/actions.ts#takeOverJournalAction": { args: (f) => ({ token: f.invitationToken, password: "a long new password", confirmPassword: "a long new password" }), ...everyone<ActionAnswer>("refused") },
  // Sent to another address: nobody here may accept it.
  "app/invitations/[token]/actions.ts#acceptInvitationAction": { args: (f) => ({ token: f.invitationToken }), ...signedOutOnly("refused", "refused") },
  "app/(app)/settings/actions.ts#updateProfileAction": { args: () => ({ name: "Matrix Person", timeZone: "Europe/London" }), ...ownAccount },
  "app/(app)/settings/actions.ts#saveHealthProfileAction": {
    args: () => ({ conditions: [], otherCondition: "", surgeryDate: "", massageCleared: false, iwgdfRisk: "", clinicianName: "", clinicianContact: "", dateOfBirth: "" }),
    ...ownAccount,
  },
  "app/(app)/welcome/actions.ts#saveSetupAboutAction": { args: () => ({ conditions: ["DIABETES"], otherCondition: "", iwgdfRisk: "", professionalCheckReminder: false, surgeryDate: "", massageCleared: false }), ...ownAccount },
  "app/(app)/welcome/actions.ts#saveSetupRemindersAction": { args: () => ({ dailyCheck: true, localTime: "08:00", temperatureCheck: false }), ...ownAccount },
  "app/(app)/welcome/actions.ts#finishSetupAction": { args: () => ({}), ...ownAccount },
  "app/(app)/settings/actions.ts#signOutSessionAction": { args: (f) => ({ sessionId: f.spareSessionId }), ...signedOutOnly("ok", "refused") },
  // The owner's password, typed by someone else's session, is not theirs.
  "app/(app)/settings/actions.ts#changeEmailAction": { args: (f) => ({ email: `moved-${crypto.randomUUID()}@example.com`, currentPassword: f.owner.password }), ...signedOutOnly("ok", "refused") },
  "app/(app)/settings/actions.ts#changePasswordAction": {
    args: (f) => ({ currentPassword: f.owner.password, newPassword: f.owner.password, confirmPassword: f.owner.password }),
    ...signedOutOnly("ok", "refused"),
  },
  // Settings → Security: each change asks for the owner's password, which is not the other person's.
  "app/(app)/settings/_security/actions.ts#passkeyConfirmationOptionsAction": { args: () => ({}), ...ownAccount },
  "app/(app)/settings/_security/actions.ts#passkeyRegistrationOptionsAction": { args: (f) => ({ currentPassword: f.owner.password }), ...signedOutOnly("ok", "refused") },
  "app/(app)/settings/_security/actions.ts#addPasskeyAction": { args: () => ({ name: "Not a passkey", response: "{}" }), ...signedOutOnly("refused", "refused") },
  "app/(app)/settings/_security/actions.ts#removePasskeyAction": { args: (f) => ({ passkeyId: f.passkeyId }), ...ownersOnly },
  "app/(app)/settings/_security/actions.ts#startTwoStepSetupAction": { args: (f) => ({ currentPassword: f.owner.password }), ...signedOutOnly("ok", "refused") },
  "app/(app)/settings/_security/actions.ts#confirmTwoStepAction": { args: () => ({ code: "not a code" }), ...signedOutOnly("refused", "refused") },
  "app/(app)/settings/_security/actions.ts#renewRecoveryCodesAction": { args: (f) => ({ currentPassword: f.owner.password }), ...signedOutOnly("refused", "refused") },
  "app/(app)/settings/_security/actions.ts#turnOffTwoStepAction": { args: (f) => ({ currentPassword: f.owner.password }), ...signedOutOnly("ok", "refused") },
  // Deleting for real is end-to-end tested in report.spec.ts; here a wrong password is refused to everyone.
  "app/(app)/settings/_data/actions.ts#deleteAccountAction": { args: () => ({ currentPassword: "not anybody's password" }), ...signedOutOnly("refused", "refused") },
  "app/(app)/settings/actions.ts#signOutEverywhereAction": { args: () => ({}), ...ownAccount },
  "app/(auth)/confirm-email/actions.ts#confirmEmailAction": { args: () => ({ token: "not-a-real-token-but-long-enough-000000" }), ...everyone<ActionAnswer>("refused") },
  "app/(auth)/forgot-password/actions.ts#forgotPasswordAction": { args: () => ({ email: `nobody-${crypto.randomUUID()}@example.com` }), ...everyone<ActionAnswer>("ok") },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": {
    args: () => ({ token: "not-a-real-token-but-long-enough-000000", password: "a long new password", confirmPassword: "a long new password" }),
    ...everyone<ActionAnswer>("refused"),
  },
  "app/(auth)/sign-in/actions.ts#passkeySignInOptionsAction": { args: () => ({}), ...everyone<ActionAnswer>("ok") },
  "app/(auth)/sign-up/actions.ts#signUpAction": {
    args: () => ({ name: "New", email: `new-${crypto.randomUUID()}@example.com`, password: "a long new password", timeZone: "UTC" }),
    ...everyone<ActionAnswer>("ok"),
  },
};
