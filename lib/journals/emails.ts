import { translatorFor } from "../i18n/translator";
import { composeMail, hello } from "../mail/compose";
import type { JournalRole } from "./policy";

// Each in the recipient's language (`locale`): an invited person without an account yet reads the
// inviter's.

export function invitationEmail(input: { inviterName: string; journalName: string; ownJournal: boolean; role: JournalRole; url: string }, locale: string) {
  const t = translatorFor(locale, "emails.invitation");
  const values = { inviter: input.inviterName, journal: input.journalName, allows: t(`allows.${input.role}`) };
  return composeMail(
    t(input.ownJournal ? "subjectOwn" : "subjectHeld", values),
    translatorFor(locale, "emails")("helloAnyone"),
    [
      { paragraph: t(input.ownJournal ? "textOwn" : "textHeld", values) },
      { button: { label: t("button"), url: input.url } },
      { paragraph: t("accept") },
      { note: t("note") },
    ],
    locale,
  );
}

export function handoverEmail(input: { holderName: string; journalName: string; url: string }, locale: string) {
  const t = translatorFor(locale, "emails.handover");
  return composeMail(
    t("subject", { holder: input.holderName }),
    hello(input.journalName, locale),
    [{ paragraph: t("text", { holder: input.holderName }) }, { button: { label: t("button"), url: input.url } }, { paragraph: t("accept") }, { note: t("note") }],
    locale,
  );
}

export function accessRemovedEmail(input: { carerName: string; journalName: string }, locale: string) {
  const t = translatorFor(locale, "emails.accessRemoved");
  return composeMail(t("subject", { journal: input.journalName }), hello(input.carerName, locale), [{ paragraph: t("text", { journal: input.journalName }) }], locale);
}

export function carerLeftEmail(input: { ownerName: string; carerName: string; deleted: boolean }, locale: string) {
  const t = translatorFor(locale, "emails.carerLeft");
  return composeMail(
    t("subject", { carer: input.carerName }),
    hello(input.ownerName, locale),
    [{ paragraph: t(input.deleted ? "deleted" : "stopped", { carer: input.carerName }) }, { note: t("note") }],
    locale,
  );
}

export function journalClosedEmail(input: { carerName: string; journalName: string }, locale: string) {
  const t = translatorFor(locale, "emails.journalClosed");
  return composeMail(t("subject", { journal: input.journalName }), hello(input.carerName, locale), [{ paragraph: t("text", { journal: input.journalName }) }], locale);
}
