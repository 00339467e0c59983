// Who may do what: one row for every page, route handler and server action in app/. The test
// (authorization.spec.ts) lists them from the app/ tree, so a new one without a row fails, and
// runs every row as each actor against the built app. A later actor (a carer acting for someone)
// is one more key in `Expected` and one more column in each row.

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
};

/**
 * What a request answers: a status (with words in the page's title, or in a file's body), a
 * redirect's target, or the sign-in redirect.
 */
export type Answer = number | "sign-in" | { status: number; text?: string; location?: RegExp };

/** A server action's answer: done, refused as not theirs, refused for another reason, or signed out. */
export type ActionAnswer = "ok" | "not-found" | "refused" | "session-ended";

export type Expected<A> = {
  owner: A;
  /** Another signed-in person, using the owner's ids and links. */
  other: A;
  signedOut: A;
};

export type Row<A> = Expected<A> & {
  url: (fixtures: Fixtures) => string;
  /** The same request with a revoked, retired or expired link, for routes a link opens. */
  deadLink?: { url: (fixtures: Fixtures) => string; answer: A };
};

export type ActionRow = Expected<ActionAnswer> & { args: (fixtures: Fixtures) => unknown };

const page = (text: string): Answer => ({ status: 200, text });
const everyone = <A>(answer: A): Expected<A> => ({ owner: answer, other: answer, signedOut: answer });
/** A page of the signed-in app that shows the visitor's own things. */
const ownPage = (heading: string): Expected<Answer> => ({ owner: page(heading), other: page(heading), signedOut: "sign-in" });
/** A page or route about one of the owner's things: anyone else gets the same 404 as for nothing. */
const ownersThing = (ok: Answer, signedOut: Answer = "sign-in"): Expected<Answer> => ({ owner: ok, other: 404, signedOut });

const today = new Date().toISOString().slice(0, 10);

export const PAGES: Record<string, Row<Answer>> = {
  "/": { url: () => "/", ...everyone(page("your foot health journal")) },
  "/confirm-email": { url: () => "/confirm-email?token=not-a-real-token-but-long-enough-000000", ...everyone(page("Confirm your email address")) },
  "/dev/outbox": { url: () => "/dev/outbox", ...everyone(page("Local outbox")) },
  "/dev/outbox/[id]": { url: (f) => `/dev/outbox/${f.outboxMessageId}`, ...everyone(page("Outbox message")) },
  "/forgot-password": { url: () => "/forgot-password", ...everyone(page("Forgot your password")) },
  "/journal": { url: () => "/journal", ...ownPage("Journal") },
  "/journal/[id]": { url: (f) => `/journal/${f.entryId}`, ...ownersThing(page("Foot check")) },
  "/journal/[id]/edit": { url: (f) => `/journal/${f.entryId}/edit`, ...ownersThing(page("Edit foot check")) },
  "/journal/compare": { url: () => "/journal/compare", ...ownPage("Compare photos") },
  "/journal/new": { url: () => "/journal/new", ...ownPage("New foot check") },
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
  "/reminders": { url: () => "/reminders", ...ownPage("Reminders") },
  "/reminders/[id]/edit": { url: (f) => `/reminders/${f.reminderId}/edit`, ...ownersThing(page("Edit reminder")) },
  "/reminders/appointments/new": { url: () => "/reminders/appointments/new", ...ownPage("New appointment") },
  "/reminders/new": { url: () => "/reminders/new", ...ownPage("New reminder") },
  "/report": { url: () => "/report", ...ownPage("Report") },
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
  "/today": { url: () => "/today", ...ownPage("Today") },
  "/trends": { url: () => "/trends", ...ownPage("Trends") },
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
  "GET /api/export/csv": { url: () => "/api/export/csv", owner: 200, other: 200, signedOut: 401 },
  "GET /api/export/fhir": { url: () => "/api/export/fhir", owner: 200, other: 200, signedOut: 401 },
  "GET /api/export/zip": { url: () => "/api/export/zip", owner: 200, other: 200, signedOut: 401 },
  "POST /api/photos": { url: () => "/api/photos", owner: 201, other: 201, signedOut: 401 },
  "POST /api/entries": { url: () => "/api/entries", owner: 201, other: 201, signedOut: 401 },
  "GET /serwist/[path]": { url: () => "/serwist/sw.js", ...everyone({ status: 200, text: "footnote-pages-" }) },
  "GET /api/photos/[id]": { url: (f) => `/api/photos/${f.photoId}`, ...ownersThing(200, 401) },
  "PATCH /api/photos/[id]": { url: (f) => `/api/photos/${f.photoId}`, ...ownersThing(200, 401) },
  "DELETE /api/photos/[id]": { url: (f) => `/api/photos/${f.sparePhotoId}`, ...ownersThing(204, 401) },
  "GET /api/report/pdf": { url: () => "/api/report/pdf", owner: 200, other: 200, signedOut: 401 },
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

const entryValues = { date: today, time: "07:00", pain: "2", fatigue: "", observations: [], careKind: "NONE", careMinutes: "", lotionUsed: false, temperatures: { LEFT: {}, RIGHT: {} }, notes: "matrix", photos: [] };
const reminderValues = { kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: "", dayOfMonth: "", localTime: "08:00", timeZone: "Europe/London", startDate: today, endDate: "" };
const appointmentValues = { clinician: "Podiatrist", place: "", reason: "", date: today, time: "23:30", timeZone: "Europe/London", remindBefore: [], customHoursBefore: "" };
const signedOutOnly = (owner: ActionAnswer, other: ActionAnswer): Expected<ActionAnswer> => ({ owner, other, signedOut: "session-ended" });
/** Acts on the caller's own account only: another person changes their own things, never the owner's. */
const ownAccount = signedOutOnly("ok", "ok");
/** Names one of the owner's things: anyone else is told it does not exist. */
const ownersOnly = signedOutOnly("ok", "not-found");

// Keys are "<file>#<export>". Rows run in this order, each as signed out, other, then owner: the
// ones that end sessions come last.
export const ACTIONS: Record<string, ActionRow> = {
  "app/(app)/journal/actions.ts#createEntryAction": { args: () => entryValues, ...ownAccount },
  "app/(app)/journal/actions.ts#updateEntryAction": { args: (f) => ({ entryId: f.entryId, values: entryValues }), ...ownersOnly },
  "app/(app)/journal/actions.ts#deleteEntryAction": { args: (f) => ({ entryId: f.spareEntryId }), ...ownersOnly },
  "app/(app)/journal/actions.ts#markHealedAction": { args: (f) => ({ observationIds: [f.observationId] }), ...ownersOnly },
  "app/(app)/journal/actions.ts#unmarkHealedAction": { args: (f) => ({ observationIds: [f.observationId] }), ...ownersOnly },
  "app/(app)/reminders/actions.ts#createReminderAction": { args: () => reminderValues, ...ownAccount },
  "app/(app)/reminders/actions.ts#updateReminderAction": { args: (f) => ({ reminderId: f.reminderId, values: reminderValues }), ...ownersOnly },
  "app/(app)/reminders/actions.ts#setReminderActiveAction": { args: (f) => ({ reminderId: f.reminderId, active: true }), ...ownersOnly },
  "app/(app)/reminders/actions.ts#sendTestAction": { args: (f) => ({ reminderId: f.reminderId }), ...ownersOnly },
  "app/(app)/reminders/actions.ts#deleteReminderAction": { args: (f) => ({ reminderId: f.spareReminderId }), ...ownersOnly },
  "app/(app)/reminders/appointment-actions.ts#createAppointmentAction": { args: () => appointmentValues, ...ownAccount },
  "app/(app)/reminders/appointment-actions.ts#recordOutcomeAction": { args: (f) => ({ appointmentId: f.appointmentId, outcome: "Fine", followUpDate: "", followUpTime: "" }), ...ownersOnly },
  "app/(app)/reminders/appointment-actions.ts#deleteAppointmentAction": { args: (f) => ({ appointmentId: f.spareAppointmentId }), ...ownersOnly },
  "app/(app)/reminders/appointment-actions.ts#regenerateFeedAction": { args: () => ({}), ...ownAccount },
  "app/(app)/report/actions.ts#addQuestionAction": { args: () => ({ text: "Is this normal?" }), ...ownAccount },
  "app/(app)/report/actions.ts#deleteQuestionAction": { args: (f) => ({ questionId: f.questionId }), ...ownersOnly },
  "app/(app)/report/actions.ts#createShareLinkAction": { args: () => ({ from: today, to: today, sections: ["summary"], expiresInHours: 1 }), ...ownAccount },
  "app/(app)/report/actions.ts#revokeShareLinkAction": { args: (f) => ({ shareLinkId: f.spareShareLinkId }), ...ownersOnly },
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
