import { translatorFor } from "../i18n/translator";
import { composeMail, hello } from "../mail/compose";

export function passkeyAddedEmail(name: string, passkeyName: string, locale: string) {
  const t = translatorFor(locale, "emails.passkeyAdded");
  return composeMail(t("subject"), hello(name, locale), [{ paragraph: t("text", { passkey: passkeyName }) }, { note: t("note") }], locale);
}
