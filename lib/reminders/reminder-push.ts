import type { Appointment, Reminder } from "../generated/prisma/client";
import { formatDateTime } from "../time/format-in-zone";
import { reminderTitle } from "./vocabulary";

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
  const { title, body, path } = contentFor(input);
  const named = about ? (reminder.kind === "SELF_CHECK" ? `Time to check ${about}’s feet` : `${title} — for ${about}`) : title;
  const lines = [
    delivery.test ? "A test, as you asked." : null,
    delivery.late ? `Late: it was due at ${formatDateTime(delivery.occurrenceAt, input.user)}.` : null,
    about ? `About ${about}: open their journal with the switcher before you record.` : null,
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
      { action: "done", title: "Done" },
      { action: "snooze", title: "Remind me in 1 hour" },
    ],
  };
}

function contentFor({ reminder, appointment, user }: ReminderPushInput): { title: string; body: string; path: string } {
  switch (reminder.kind) {
    case "SELF_CHECK":
      return { title: "Time to check your feet", body: "Look at the tops and soles of both feet and between the toes, and note anything new.", path: "/today" };
    case "TEMPERATURE_CHECK":
      return { title: "Time to measure your foot temperature", body: "Measure the same six spots on both feet and note them in today’s check.", path: "/today" };
    case "CARE_ROUTINE":
      return { title: "Time for your foot care routine", body: "A few minutes of massage or moisturising, as you planned.", path: "/reminders" };
    case "CUSTOM":
      return { title: reminderTitle(reminder), body: reminder.title, path: "/reminders" };
    case "PROFESSIONAL_CHECK":
      return { title: "A professional foot check is due", body: "Consider booking a check with a podiatrist or your foot clinic, then add the appointment.", path: "/reminders/appointments/new" };
    case "APPOINTMENT":
      if (!appointment) return { title: "Appointment reminder", body: "Open your reminders for the details.", path: "/reminders" };
      return {
        title: `Appointment with ${appointment.clinician}`,
        body: `${formatDateTime(appointment.startsAt, user)}${appointment.place ? `, ${appointment.place}` : ""}. Bring a printed report of your recent checks.`,
        path: "/reminders",
      };
  }
}
