import type { Appointment, Reminder } from "../generated/prisma/client";
import { composeMail, type ComposedMail, type MailBlock } from "../mail/compose";
import { formatDateTime } from "../time/format-in-zone";
import { reminderTitle } from "./vocabulary";

// One email per reminder kind. Every one carries a signed link to pause the reminder, snooze
// links, and a footer link to the reminder settings; the headers add RFC 8058 one-click
// unsubscribe. The Message-ID derives from the delivery, so a resend after a crash is recognisably
// the same message.

export type ReminderEmailInput = {
  appUrl: string;
  user: { name: string; timeZone: string; locale: string };
  reminder: Pick<Reminder, "kind" | "title" | "timeZone">;
  appointment: Pick<Appointment, "clinician" | "place" | "reason" | "startsAt" | "timeZone"> | null;
  delivery: { id: string; occurrenceAt: Date; late: boolean; test: boolean };
  /** Signed token for the no-sign-in links (lib/reminders/email-token.ts). */
  token: string;
};

export function reminderMessageId(deliveryId: string, appUrl: string): string {
  return `<reminder-${deliveryId}@${new URL(appUrl).hostname}>`;
}

export function composeReminderEmail(input: ReminderEmailInput): ComposedMail & { headers: Record<string, string>; messageId: string } {
  const { appUrl, user, delivery, token } = input;
  const link = (path: string) => new URL(path, appUrl).toString();
  const tokenQuery = `token=${encodeURIComponent(token)}`;
  const { subject, blocks } = contentFor(input, link);
  const preface: MailBlock[] = [];
  if (delivery.test) preface.push({ note: "This is a test, sent because you asked for one. Your reminder emails will look like this." });
  if (delivery.late) {
    preface.push({ paragraph: `This reminder is late: it was due at ${formatDateTime(delivery.occurrenceAt, user)}, but Footnote could not send it then. Sorry.` });
  }
  const footer: MailBlock[] = [
    { link: { label: "Remind me again in 1 hour", url: link(`/r/snooze?${tokenQuery}&until=hour`) } },
    { link: { label: "Remind me again this evening", url: link(`/r/snooze?${tokenQuery}&until=evening`) } },
    { link: { label: "Pause this reminder", url: link(`/r/pause?${tokenQuery}`) } },
    { link: { label: "Change your reminder settings", url: link("/reminders") } },
    { note: "You get this email because you set this reminder in Footnote. Footnote repeats general foot-care guidance; it is not medical advice." },
  ];
  const mail = composeMail(delivery.late ? `Late: ${subject}` : subject, `Hello ${user.name},`, [...preface, ...blocks, ...footer]);
  return {
    ...mail,
    messageId: reminderMessageId(delivery.id, appUrl),
    headers: {
      "List-Unsubscribe": `<${link(`/r/unsubscribe?${tokenQuery}`)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

function contentFor({ reminder, appointment, user }: ReminderEmailInput, link: (path: string) => string): { subject: string; blocks: MailBlock[] } {
  switch (reminder.kind) {
    case "SELF_CHECK":
      return {
        subject: "Time to check your feet",
        blocks: [
          { paragraph: "It takes a minute: look at the tops and soles of both feet and between the toes, and note anything new — redness, swelling, a cut, a blister." },
          { button: { label: "Record today's check", url: link("/journal/new") } },
        ],
      };
    case "CARE_ROUTINE":
      return {
        subject: "Time for your foot care routine",
        blocks: [
          { paragraph: "A few minutes of massage or moisturising, as you planned. Note how your feet feel afterwards." },
          { button: { label: "Note it in your journal", url: link("/journal/new") } },
        ],
      };
    case "CUSTOM":
      return { subject: reminderTitle(reminder), blocks: [{ paragraph: reminder.title }, { button: { label: "Open Footnote", url: link("/today") } }] };
    case "PROFESSIONAL_CHECK":
      return {
        subject: "A professional foot check is due",
        blocks: [
          { paragraph: "With your foot-risk category, guidance suggests a check by a foot-care professional about now. Consider booking one." },
          { button: { label: "Add the appointment", url: link("/reminders#appointments") } },
        ],
      };
    case "APPOINTMENT": {
      if (!appointment) return { subject: "Appointment reminder", blocks: [{ button: { label: "Open your reminders", url: link("/reminders") } }] };
      const when = formatDateTime(appointment.startsAt, user);
      const elsewhere = appointment.timeZone !== user.timeZone ? ` (${formatDateTime(appointment.startsAt, { ...user, timeZone: appointment.timeZone })} local time there)` : "";
      const blocks: MailBlock[] = [
        { paragraph: `When: ${when}${elsewhere}` },
        { paragraph: `With: ${appointment.clinician}` },
      ];
      if (appointment.place) blocks.push({ paragraph: `Where: ${appointment.place}` });
      if (appointment.reason) blocks.push({ paragraph: `Reason: ${appointment.reason}` });
      blocks.push({ paragraph: "Bring a printed report of your recent checks: it helps the visit." });
      blocks.push({ button: { label: "Print your report", url: link("/report") } });
      return { subject: `Appointment with ${appointment.clinician}, ${when}`, blocks };
    }
  }
}
