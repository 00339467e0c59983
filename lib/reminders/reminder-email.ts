import type { Appointment, Reminder } from "../generated/prisma/client";
import { composeMail, type ComposedMail, type MailBlock } from "../mail/compose";
import { IWGDF_RISK } from "../foot-health/vocabulary";
import { formatDateTime, formatLocalDate } from "../time/format-in-zone";
import type { ReminderEmailExtras } from "./email-extras";
import type { ProfessionalCheckReason } from "./professional-check";
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
  extras: ReminderEmailExtras;
  /** A carer's reminder about someone they help: that person's name and journal (docs/decisions/0062). */
  about?: { name: string; journalId: string } | null;
};

export function reminderMessageId(deliveryId: string, appUrl: string): string {
  return `<reminder-${deliveryId}@${new URL(appUrl).hostname}>`;
}

export function composeReminderEmail(input: ReminderEmailInput): ComposedMail & { headers: Record<string, string>; messageId: string } {
  const { appUrl, user, delivery, token } = input;
  const link = (path: string) => new URL(path, appUrl).toString();
  // A carer's links open the journal the reminder is about, whichever one their browser has open.
  const journalLink = input.about ? (path: string) => link(`/journals/${encodeURIComponent(input.about!.journalId)}/open?next=${encodeURIComponent(path)}`) : link;
  const tokenQuery = `token=${encodeURIComponent(token)}`;
  const content = contentFor(input, journalLink);
  const { blocks } = content;
  const about = input.about?.name;
  const subject = about ? (input.reminder.kind === "SELF_CHECK" ? `Time to check ${about}’s feet` : `${content.subject} — for ${about}`) : content.subject;
  const why = about ? `You get this email because you set this reminder about ${about} in Footnote, as someone who helps them.` : content.why;
  const preface: MailBlock[] = about ? [{ paragraph: `A reminder about ${about}. The button below opens ${about}’s journal in Footnote.` }] : [];
  if (delivery.test) preface.push({ note: "This is a test, sent because you asked for one. Your reminder emails will look like this." });
  if (delivery.late) {
    preface.push({ paragraph: `This reminder is late: it was due at ${formatDateTime(delivery.occurrenceAt, user)}, but Footnote could not send it then. Sorry.` });
  }
  const footer: MailBlock[] = [
    { link: { label: "Remind me again in 1 hour", url: link(`/r/snooze?${tokenQuery}&until=hour`) } },
    { link: { label: "Remind me again this evening", url: link(`/r/snooze?${tokenQuery}&until=evening`) } },
    { link: { label: "Pause this reminder", url: link(`/r/pause?${tokenQuery}`) } },
    { link: { label: "Change your reminder settings", url: journalLink("/reminders") } },
    { note: `${why} Footnote repeats general foot-care guidance; it is not medical advice.` },
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

type Content = { subject: string; blocks: MailBlock[]; why: string };

const SET_BY_YOU = "You get this email because you set this reminder in Footnote.";

function contentFor({ reminder, appointment, user, extras }: ReminderEmailInput, link: (path: string) => string): Content {
  switch (reminder.kind) {
    case "SELF_CHECK":
      return {
        subject: "Time to check your feet",
        blocks: [
          ...redFlagBlocks(extras),
          { paragraph: "It takes a minute: look at the tops and soles of both feet and between the toes, and note anything new — redness, swelling, a cut, a blister." },
          { button: { label: "Record today's check", url: link("/journal/new") } },
        ],
        why: SET_BY_YOU,
      };
    case "TEMPERATURE_CHECK":
      return {
        subject: "Time to measure your foot temperature",
        blocks: [
          ...redFlagBlocks(extras),
          {
            paragraph:
              "Measure the same six spots on both feet — big toe; 1st, 3rd and 5th metatarsal heads; midfoot; heel — at your usual time of day, and note them in today's check. " +
              "Footnote compares each spot with the same spot on the other foot.",
          },
          { button: { label: "Record today's readings", url: link("/journal/new") } },
        ],
        why: SET_BY_YOU,
      };
    case "CARE_ROUTINE":
      return {
        subject: "Time for your foot care routine",
        blocks: [
          { paragraph: "A few minutes of massage or moisturising, as you planned. Note how your feet feel afterwards." },
          { button: { label: "Note it in your journal", url: link("/journal/new") } },
        ],
        why: SET_BY_YOU,
      };
    case "CUSTOM":
      return { subject: reminderTitle(reminder), blocks: [{ paragraph: reminder.title }, { button: { label: "Open Footnote", url: link("/today") } }], why: SET_BY_YOU };
    case "PROFESSIONAL_CHECK":
      return {
        subject: "A professional foot check is due",
        blocks: [
          ...professionalCheckBlocks(extras.professionalCheck, user.locale),
          { paragraph: "Consider booking a check with a podiatrist or your foot clinic. When you book it, add the appointment in Footnote: the next reminder then counts from that visit." },
          { button: { label: "Add the appointment", url: link("/reminders/appointments/new") } },
        ],
        why:
          "You get this email because you turned on “Email me when a professional foot check is due” in your health profile. " +
          "To stop these emails, turn it off in Settings, under Health profile, or use “Pause this reminder” above.",
      };
    case "APPOINTMENT": {
      if (!appointment) return { subject: "Appointment reminder", blocks: [{ button: { label: "Open your reminders", url: link("/reminders") } }], why: "You get this email because you asked for reminders before this appointment." };
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
      return { subject: `Appointment with ${appointment.clinician}, ${when}`, blocks, why: "You get this email because you asked for reminders before this appointment." };
    }
  }
}

/** The red flags lib/advice finds active now, in its own words, before the reminder's own. */
function redFlagBlocks(extras: ReminderEmailExtras): MailBlock[] {
  return extras.redFlags.flatMap((words) => [{ paragraph: `Still to act on — ${words.title}. ${words.text}` }, { note: words.reason }]);
}

function professionalCheckBlocks(reason: ProfessionalCheckReason | null, locale: string): MailBlock[] {
  if (!reason) return [{ paragraph: "You asked Footnote, in your health profile, to tell you when a professional foot check is due." }];
  const risk = IWGDF_RISK[reason.category];
  const since =
    reason.countedFrom.kind === "appointment"
      ? `your last appointment recorded in Footnote, on ${formatLocalDate(reason.countedFrom.localDate, locale)}`
      : `you turned this reminder on, on ${formatLocalDate(reason.countedFrom.localDate, locale)}, with no appointment recorded`;
  return [
    { paragraph: "You asked Footnote, in your health profile, to tell you when a professional foot check is due." },
    {
      paragraph: `Your health profile gives foot-risk category ${reason.category}${risk ? ` (${risk.meaning.split(":")[0]!.toLowerCase()})` : ""}, for which international guidance (IWGDF) suggests a check ${risk?.checkEvery ?? "regularly"}. It is ${reason.months} ${reason.months === 1 ? "month" : "months"} since ${since}.`,
    },
  ];
}
