import { useTranslations } from "next-intl";
import { ButtonLink } from "@/app/_components/button";
import { SETUP_STEPS } from "@/lib/setup/schemas";
import type { SetupProgress } from "@/lib/setup/setup";
import { PutSetupAside } from "./put-setup-aside";

/** Offered until the first-run setup is finished or put aside: what is done, and where to go on. */
export function SetupCard({ progress }: { progress: SetupProgress }) {
  const next = SETUP_STEPS.find((step) => !progress.steps[step]) ?? "helper";
  const done = SETUP_STEPS.filter((step) => progress.steps[step]).length;
  const t = useTranslations("today");
  return (
    <section aria-labelledby="setup-heading" className="flex flex-col items-start gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-5">
      <h2 id="setup-heading" className="text-2xl font-bold">
        {t("setupTitle")}
      </h2>
      <p className="text-lg">{t("setupIntro", { done, total: SETUP_STEPS.length })}</p>
      <ol className="flex list-decimal flex-col gap-1 pl-6">
        {SETUP_STEPS.map((step) => (
          <li key={step}>
            {t(`setupSteps.${step}`)}
            {progress.steps[step] ? <span className="font-semibold">{t("setupDone")}</span> : null}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-start gap-3">
        <ButtonLink href={`/welcome?step=${next}`}>{done === 0 ? t("setupStart") : t("setupContinue")}</ButtonLink>
        <PutSetupAside />
      </div>
    </section>
  );
}
