import { getTranslations } from "next-intl/server";
import { InviteForm } from "../settings/_carers/carers-section";
import { FinishSetupButton } from "./finish-setup-button";

/** Step three: someone who helps. An invitation by email, with a say on what they may do; or skip it. */
export async function HelperStep() {
  const t = await getTranslations("welcome");
  return (
    <section aria-labelledby="helper-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="helper-heading" className="text-2xl font-bold">
        {t("helperTitle")}
      </h2>
      <p>{t("helperText")}</p>
      <InviteForm id="welcome" />
      <p>{t("helperShare")}</p>
      <FinishSetupButton />
    </section>
  );
}
