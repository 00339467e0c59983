import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { DateField } from "./date-field";

/**
 * A recent foot surgery's date and, once there is one, whether a doctor has cleared massage again
 * (the guidance holds massage back until then). Shared by the first-run step and Settings.
 */
export function SurgeryFields({ date, massageCleared, hasDate, error }: { date: UseFormRegisterReturn; massageCleared: UseFormRegisterReturn; hasDate: boolean; error?: string }) {
  const t = useTranslations("welcome");
  return (
    <>
      <DateField id="surgeryDate" label={t("surgeryDate")} error={error} {...date} />
      {hasDate ? (
        <label className="flex min-h-11 items-center gap-3 text-lg">
          <input type="checkbox" className="h-6 w-6" {...massageCleared} />
          {t("massageCleared")}
        </label>
      ) : null}
    </>
  );
}
