import { translatorFor } from "../i18n/translator";
import { composeMail, hello } from "../mail/compose";

export function twoStepOnEmail(name: string, locale: string) {
  const t = translatorFor(locale, "emails.twoStep");
  return composeMail(t("onSubject"), hello(name, locale), [{ paragraph: t("onText") }, { paragraph: t("onCodes") }, { note: t("ifNotYou") }], locale);
}

export function twoStepOffEmail(name: string, locale: string) {
  const t = translatorFor(locale, "emails.twoStep");
  return composeMail(t("offSubject"), hello(name, locale), [{ paragraph: t("offText") }, { note: t("ifNotYou") }], locale);
}

export function recoveryCodesRenewedEmail(name: string, locale: string) {
  const t = translatorFor(locale, "emails.twoStep");
  return composeMail(t("renewedSubject"), hello(name, locale), [{ paragraph: t("renewedText") }, { note: t("ifNotYou") }], locale);
}

export function recoveryCodeUsedEmail(name: string, left: number, locale: string) {
  const t = translatorFor(locale, "emails.twoStep");
  return composeMail(t("usedSubject"), hello(name, locale), [{ paragraph: t("usedText", { left }) }, { note: t("ifNotYou") }], locale);
}
