import { translatorFor } from "../i18n/translator";
import { composeMail, hello } from "../mail/compose";

export function magicLinkEmail(url: string, locale: string) {
  const t = translatorFor(locale, "emails");
  return composeMail(
    t("magicLink.subject"),
    t("helloAnyone"),
    [{ paragraph: t("magicLink.text") }, { button: { label: t("magicLink.button"), url } }, { note: t("magicLink.note") }],
    locale,
  );
}

export function passwordResetEmail(name: string, url: string, locale: string) {
  const t = translatorFor(locale, "emails");
  return composeMail(
    t("passwordReset.subject"),
    hello(name, locale),
    [{ paragraph: t("passwordReset.text") }, { button: { label: t("passwordReset.button"), url } }, { note: t("passwordReset.note") }],
    locale,
  );
}

export function confirmEmailChangeEmail(name: string, url: string, locale: string) {
  const t = translatorFor(locale, "emails");
  return composeMail(
    t("confirmEmailChange.subject"),
    hello(name, locale),
    [{ paragraph: t("confirmEmailChange.text") }, { button: { label: t("confirmEmailChange.button"), url } }, { note: t("confirmEmailChange.note") }],
    locale,
  );
}

export function emailChangedNoticeEmail(name: string, newEmail: string, locale: string) {
  const t = translatorFor(locale, "emails");
  return composeMail(t("emailChanged.subject"), hello(name, locale), [{ paragraph: t("emailChanged.text", { email: newEmail }) }, { note: t("emailChanged.note") }], locale);
}

export function finishSignUpEmail(name: string, url: string, locale: string) {
  const t = translatorFor(locale, "email");
  return composeMail(
    t("finishSignUpSubject"),
    t("hello", { name }),
    [{ paragraph: t("finishSignUpText") }, { button: { label: t("finishSignUpButton"), url } }, { note: t("finishSignUpNote") }],
    locale,
  );
}

/** In the language of the account that exists (its holder reads it), not of the form that was sent. */
export function accountExistsEmail(name: string, signInUrl: string, resetUrl: string, locale: string) {
  const t = translatorFor(locale, "email");
  return composeMail(
    t("accountExistsSubject"),
    t("hello", { name }),
    [
      { paragraph: t("accountExistsText") },
      { button: { label: t("accountExistsButton"), url: signInUrl } },
      { paragraph: t("accountExistsReset", { url: resetUrl }) },
      { note: t("accountExistsNote") },
    ],
    locale,
  );
}

export function passwordResetNoticeEmail(name: string, twoStepOn: boolean, locale: string) {
  const t = translatorFor(locale, "emails");
  return composeMail(
    t("passwordResetNotice.subject"),
    hello(name, locale),
    [
      { paragraph: t("passwordResetNotice.text") },
      { paragraph: t(twoStepOn ? "passwordResetNotice.twoStepOn" : "passwordResetNotice.twoStepOff") },
      { note: t("passwordResetNotice.note") },
    ],
    locale,
  );
}
