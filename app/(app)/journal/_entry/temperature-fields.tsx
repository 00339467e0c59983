"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "react-hook-form";
import { FormField } from "@/app/_components/form-field";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { TEMPERATURE_SITES } from "@/lib/foot-health/vocabulary";
import type { TemperatureSite } from "@/lib/generated/prisma/enums";
import type { EntryFormParts } from "./form-parts";

type Props = {
  field: EntryFormParts["field"];
  errors: FieldErrors<EntryFormValues>["temperatures"];
  /** Open from the start: the person monitors temperature, or this check has readings. */
  open: boolean;
  /** A reading made before the six spots existed, kept on this check (its fields are shown to edit or clear it). */
  hasUnrecordedSpot: boolean;
};

/**
 * Skin temperature the IWGDF way: the same six spots on both feet, any of them left blank. Tucked
 * in a disclosure for people who do not measure.
 */
export function TemperatureFields({ field, errors, open, hasUnrecordedSpot }: Props) {
  const t = useTranslations("entry");
  const words = useTranslations("vocabulary");
  const sites: TemperatureSite[] = hasUnrecordedSpot ? [...TEMPERATURE_SITES, "UNRECORDED"] : [...TEMPERATURE_SITES];
  return (
    <details open={open} className="rounded-lg border-2 border-slate-300 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">{t("temperatureTitle")}</summary>
      <div className="flex flex-col gap-4 pt-2">
        <p className="text-base text-slate-700">
          {t("temperatureHint")}
        </p>
        {sites.map((site) => (
          <fieldset key={site} className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-[1fr_9rem_9rem] sm:items-end">
            <legend className="float-left w-full font-semibold sm:col-span-3">{words(`sites.${site}`)}</legend>
            <span aria-hidden="true" className="hidden sm:block" />
            {(["LEFT", "RIGHT"] as const).map((foot) => (
              <FormField
                key={foot}
                id={`temperature-${foot}-${site}`}
                label={t("temperatureField", { foot })}
                type="number"
                inputMode="decimal"
                step="0.1"
                min={15}
                max={42}
                error={errors?.[foot]?.[site]?.message}
                {...field(`temperatures.${foot}.${site}`)}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
