import type { Appointment, Reminder } from "../generated/prisma/client";
import { translatorFor } from "../i18n/translator";
import { formatDateTime } from "../time/format-in-zone";
import { reminderTitle } from "./reminder-title";

// What a reminder says as a notification: the title and a line of the email's own words, the page
// to open, and the actions. The links are the email's signed single-purpose ones, so an action
// works from the notification with no page open and names nothing but this delivery
// (docs/decisions/0080). Kept well under the 4 KB push services accept.

export type PushAction = { action: "snooze" | "done"; title: string };

export type ReminderPush = {
  title: string;
  body: string;
  /** The page the notification opens (same origin). */
  url: string;
  /** One per reminder: a repeat (a late catch-up, a snooze) replaces the one still shown. */
  tag: string;
  /** POSTed by the service worker for "Remind me in 1 hour"; the signed email link. */
  snoozeUrl: string;
  /** Opened when posting the snooze fails: the email's snooze page. */
  snoozePageUrl: string;
  actions: PushAction[];
};

export type ReminderPushInput = {
  appUrl: string;
  user: { timeZone: string; locale: string };
  reminder: Pick<Reminder, "id" | "kind" | "title">;
  appointment: Pick<Appointment, "clinician" | "place" | "startsAt"> | null;
  delivery: { late: boolean; test: boolean; occurrenceAt: Date };
  token: string;
  /** A carer's reminder about someone they help: that person's name. */
  about?: string | null;
};

export function composeReminderPush(input: ReminderPushInput): ReminderPush {
  const { appUrl, reminder, about, delivery, token } = input;
  const t = translatorFor(input.user.locale, "reminderPush");
  const { title, body, path } = contentFor(input, t);
  const tEmail = translatorFor(input.user.locale, "reminderEmail");
  const named = about ? (reminder.kind === "SELF_CHECK" ? tEmail("checkTheirFeet", { name: about }) : tEmail("forSomeone", { subject: title, name: about })) : title;
  const lines = [
    delivery.test ? t("test") : null,
    delivery.late ? t("late", { due: formatDateTime(delivery.occurrenceAt, input.user) }) : null,
    about ? t("about", { name: about }) : null,
    body,
  ];
  const link = (to: string) => new URL(to, appUrl).toString();
  const tokenQuery = `token=${encodeURIComponent(token)}`;
  return {
    title: named,
    body: lines.filter(Boolean).join(" "),
    url: link(path),
    tag: `reminder-${reminder.id}`,
    snoozeUrl: link(`/r/snooze/confirm?${tokenQuery}&until=hour`),
    snoozePageUrl: link(`/r/snooze?${tokenQuery}&until=hour`),
    actions: [
      { action: "done", title: t("done") },
      { action: "snooze", title: t("snooze") },
    ],
  };
}

function contentFor({ reminder, appointment, user }: ReminderPushInput, t: ReturnType<typeof translatorFor<"reminderPush">>): { title: string; body: string; path: string } {
  switch (reminder.kind) {
    case "SELF_CHECK":
      return { title: t("selfCheckTitle"), body: t("selfCheckBody"), path: "/today" };
    case "TEMPERATURE_CHECK":
      return { title: t("temperatureTitle"), body: t("temperatureBody"), path: "/today" };
    case "CARE_ROUTINE":
      return { title: t("careTitle"), body: t("careBody"), path: "/reminders" };
    case "CUSTOM":
      return { title: reminderTitle(reminder, user.locale), body: reminder.title, path: "/reminders" };
    case "PROFESSIONAL_CHECK":
      return { title: t("professionalTitle"), body: t("professionalBody"), path: "/reminders/appointments/new" };
    case "APPOINTMENT":
      if (!appointment) return { title: t("appointmentNone"), body: t("appointmentNoneBody"), path: "/reminders" };
      return {
        title: t("appointmentTitle", { clinician: appointment.clinician }),
        body: appointment.place
          ? t("appointmentBodyAt", { when: formatDateTime(appointment.startsAt, user), place: appointment.place })
          : t("appointmentBody", { when: formatDateTime(appointment.startsAt, user) }),
        path: "/reminders",
      };
  }
}
