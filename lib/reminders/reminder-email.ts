import type { Appointment, Reminder } from "../generated/prisma/client";
import { composeMail, type ComposedMail, type MailBlock } from "../mail/compose";
import { translatorFor } from "../i18n/translator";
import { formatDateTime, formatLocalDate } from "../time/format-in-zone";
import type { ReminderEmailExtras } from "./email-extras";
import type { ProfessionalCheckReason } from "./professional-check";
import { reminderTitle } from "./reminder-title";

// One email per reminder kind. Every one carries a signed link to pause the reminder, snooze
// links, and a footer link to the reminder settings; the headers add RFC 8058 one-click
// unsubscribe. The Message-ID derives from the delivery, so a resend after a crash is recognisably
// the same message. It is written in the recipient's language (the owner's, or the carer's).

type T = ReturnType<typeof translatorFor<"reminderEmail">>;

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
  const t = translatorFor(user.locale, "reminderEmail");
  const content = contentFor(input, journalLink, t);
  const { blocks } = content;
  const about = input.about?.name;
  const subject = about ? (input.reminder.kind === "SELF_CHECK" ? t("checkTheirFeet", { name: about }) : t("forSomeone", { subject: content.subject, name: about })) : content.subject;
  const why = about ? t("whyCarer", { name: about }) : content.why;
  const preface: MailBlock[] = about ? [{ paragraph: t("aboutSomeone", { name: about }) }] : [];
  if (delivery.test) preface.push({ note: t("test") });
  if (delivery.late) preface.push({ paragraph: t("late", { due: formatDateTime(delivery.occurrenceAt, user) }) });
  const footer: MailBlock[] = [
    { link: { label: t("snoozeHour"), url: link(`/r/snooze?${tokenQuery}&until=hour`) } },
    { link: { label: t("snoozeEvening"), url: link(`/r/snooze?${tokenQuery}&until=evening`) } },
    { link: { label: t("pause"), url: link(`/r/pause?${tokenQuery}`) } },
    { link: { label: t("settings"), url: journalLink("/reminders") } },
    { note: t("footer", { why }) },
  ];
  const hello = translatorFor(user.locale, "email")("hello", { name: user.name });
  const mail = composeMail(delivery.late ? t("lateSubject", { subject }) : subject, hello, [...preface, ...blocks, ...footer], user.locale);
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

function contentFor({ reminder, appointment, user, extras }: ReminderEmailInput, link: (path: string) => string, t: T): Content {
  switch (reminder.kind) {
    case "SELF_CHECK":
      return {
        subject: t("selfCheckSubject"),
        blocks: [...redFlagBlocks(extras, t), { paragraph: t("selfCheckText") }, { button: { label: t("selfCheckButton"), url: link("/journal/new") } }],
        why: t("setByYou"),
      };
    case "TEMPERATURE_CHECK":
      return {
        subject: t("temperatureSubject"),
        blocks: [...redFlagBlocks(extras, t), { paragraph: t("temperatureText") }, { button: { label: t("temperatureButton"), url: link("/journal/new") } }],
        why: t("setByYou"),
      };
    case "CARE_ROUTINE":
      return {
        subject: t("careSubject"),
        blocks: [{ paragraph: t("careText") }, { button: { label: t("careButton"), url: link("/journal/new") } }],
        why: t("setByYou"),
      };
    case "CUSTOM":
      return { subject: reminderTitle(reminder, user.locale), blocks: [{ paragraph: reminder.title }, { button: { label: t("openFootnote"), url: link("/today") } }], why: t("setByYou") };
    case "PROFESSIONAL_CHECK":
      return {
        subject: t("professionalSubject"),
        blocks: [
          ...professionalCheckBlocks(extras.professionalCheck, user.locale, t),
          { paragraph: t("professionalText") },
          { button: { label: t("professionalButton"), url: link("/reminders/appointments/new") } },
        ],
        why: t("professionalWhy"),
      };
    case "APPOINTMENT": {
      if (!appointment) return { subject: t("appointmentSubjectNone"), blocks: [{ button: { label: t("appointmentOpen"), url: link("/reminders") } }], why: t("appointmentWhy") };
      const when = formatDateTime(appointment.startsAt, user);
      const whenThere =
        appointment.timeZone !== user.timeZone ? t("appointmentElsewhere", { when, local: formatDateTime(appointment.startsAt, { ...user, timeZone: appointment.timeZone }) }) : when;
      const blocks: MailBlock[] = [{ paragraph: t("appointmentWhen", { when: whenThere }) }, { paragraph: t("appointmentWith", { clinician: appointment.clinician }) }];
      if (appointment.place) blocks.push({ paragraph: t("appointmentWhere", { place: appointment.place }) });
      if (appointment.reason) blocks.push({ paragraph: t("appointmentReason", { reason: appointment.reason }) });
      blocks.push({ paragraph: t("appointmentBring") });
      blocks.push({ button: { label: t("appointmentPrint"), url: link("/report") } });
      return { subject: t("appointmentSubject", { clinician: appointment.clinician, when }), blocks, why: t("appointmentWhy") };
    }
  }
}

/** The red flags lib/advice finds active now, in its own words, before the reminder's own. */
function redFlagBlocks(extras: ReminderEmailExtras, t: T): MailBlock[] {
  return extras.redFlags.flatMap((words) => [{ paragraph: t("stillToAct", { title: words.title, text: words.text }) }, { note: words.reason }]);
}

const RISK_CATEGORIES = ["0", "1", "2", "3"] as const;

function professionalCheckBlocks(reason: ProfessionalCheckReason | null, locale: string, t: T): MailBlock[] {
  if (!reason) return [{ paragraph: t("professionalAsked") }];
  const category = RISK_CATEGORIES.find((known) => known === String(reason.category)) ?? "0";
  const date = formatLocalDate(reason.countedFrom.localDate, locale);
  const since = reason.countedFrom.kind === "appointment" ? t("professionalSinceAppointment", { date }) : t("professionalSinceOn", { date });
  return [
    { paragraph: t("professionalAsked") },
    {
      paragraph: t("professionalRisk", {
        category: reason.category,
        risk: t("riskMeaning", { meaning: t(`risks.${category}.meaning`) }),
        every: t(`risks.${category}.every`),
        months: reason.months,
        since,
      }),
    },
  ];
}
