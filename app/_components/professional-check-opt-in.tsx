"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { IWGDF_RISK } from "@/lib/foot-health/vocabulary";

/**
 * The professional-check email, offered only with a risk category, and explained: what it counts
 * from, how often, what holds it, how to stop it. Nothing is sent unless this is ticked.
 */
export function ProfessionalCheckOptIn({ risk, register }: { risk: unknown; register: UseFormRegisterReturn }) {
  const t = useTranslations("welcome");
  const every = useTranslations("reminderEmail.risks");
  const chosen = IWGDF_RISK.find((item) => String(item.category) === String(risk ?? ""));
  if (!chosen) return null;
  return (
    <div className="flex flex-col gap-1 rounded-md border-2 border-slate-300 bg-white p-3">
      <label className="flex min-h-11 items-center gap-3 text-lg">
        <input type="checkbox" className="h-6 w-6 shrink-0" aria-describedby="professional-check-explained" {...register} />
        {t("professionalOptIn")}
      </label>
      <p id="professional-check-explained" className="text-base text-slate-700">
        {t("professionalExplained", { category: chosen.category, every: every(`${chosen.category}.every`) })}
      </p>
    </div>
  );
}
