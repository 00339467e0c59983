import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { negotiateLocale } from "@/lib/i18n/negotiate";

// next-intl without the locale in the URL (docs/decisions/0090): the signed-in person's own
// language, else the choice a signed-out visitor made (cookie), else the browser's, else English.
export default getRequestConfig(async () => {
  const [user, cookieJar, headerList] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  const locale = negotiateLocale({
    userLocale: user?.locale,
    cookie: cookieJar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    pseudo: env().PSEUDO_LANGUAGE,
  });
  // Dates are written in the person's own zone by lib/time/format-in-zone, never by next-intl's
  // formatter: a fixed zone keeps the server's own out of pages, and spares next-intl looking it up
  // on every request.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
