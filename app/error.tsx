"use client";

import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "./_components/button";

// Shown instead of any server or rendering error: no stack trace, a way on, and a reference that
// matches the server's log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="text-lg">{t("errorText")}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={reset}>
          {t("tryAgain")}
        </Button>
        <ButtonLink href="/" variant="secondary">
          {t("toStart")}
        </ButtonLink>
      </div>
      {error.digest ? <p className="text-base text-slate-600">{t("reference", { digest: error.digest })}</p> : null}
    </main>
  );
}
