"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ProfileInput } from "@/lib/auth/schemas";
import { updateProfileAction } from "./actions";

export function ProfileForm({ defaults, timeZones, languages }: { defaults: ProfileInput; timeZones: string[]; languages: SelectOption[] }) {
  const t = useTranslations("settings.profile");
  const tLanguage = useTranslations("language");
  const router = useRouter();
  // The 400-odd zones are suggestions for typing: drawn when the field is first used, they do not
  // weigh on every opening of Settings (they were two thirds of its page).
  const [zonesWanted, setZonesWanted] = useState(false);
  const { field, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.profileSchema),
    defaultValues: defaults,
    action: updateProfileAction,
    // A new language shows at once: the pages are drawn again in it.
    onSuccess: (_, values) => {
      if (values.language !== defaults.language) router.refresh();
      return t("saved");
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <FormField id="name" label={t("name")} autoComplete="name" error={formState.errors.name?.message} {...field("name")} />
      <SelectField id="language" label={tLanguage("label")} options={languages} error={formState.errors.language?.message} {...field("language")} />
      <FormField
        id="timeZone"
        label={t("timeZone")}
        list="time-zone-list"
        autoComplete="off"
        hint={t("timeZoneHint")}
        error={formState.errors.timeZone?.message}
        onFocus={() => setZonesWanted(true)}
        {...field("timeZone")}
      />
      <datalist id="time-zone-list">{zonesWanted ? timeZones.map((zone) => <option key={zone} value={zone} />) : null}</datalist>
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
