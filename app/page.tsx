import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ButtonLink } from "./_components/button";

const FOR_WHOM = ["diabetes", "pain", "surgery", "carers"] as const;

export default async function LandingPage() {
  const [user, t, common] = await Promise.all([getCurrentUser(), getTranslations("landing"), getTranslations("common")]);
  return (
    <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-10 px-4 py-10">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <span className="text-2xl font-bold text-brand-700">{common("appName")}</span>
        <nav aria-label={t("account")} className="flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href="/today">{t("openJournal")}</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="secondary">
                {common("signIn")}
              </ButtonLink>
              <ButtonLink href="/sign-up">{t("createAccount")}</ButtonLink>
            </>
          )}
        </nav>
      </header>

      <section aria-labelledby="what" className="flex flex-col gap-4">
        <h1 id="what" className="text-4xl font-bold leading-tight">
          {t("headline")}
        </h1>
        <p className="text-xl text-slate-700">{t("intro")}</p>
      </section>

      <section aria-labelledby="who" className="flex flex-col gap-4">
        <h2 id="who" className="text-2xl font-bold">
          {t("whoTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FOR_WHOM.map((item) => (
            <li key={item} className="rounded-lg border border-slate-300 bg-white p-5">
              <h3 className="text-lg font-bold">{t(`forWhom.${item}.title`)}</h3>
              <p className="text-slate-700">{t(`forWhom.${item}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-800">
        {t("notAdvice")}
      </p>
    </main>
  );
}
