"use client";

import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ProfileInput } from "@/lib/auth/schemas";
import { updateProfileAction } from "./actions";

export function ProfileForm({ defaults, timeZones }: { defaults: ProfileInput; timeZones: string[] }) {
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.profileSchema),
    defaultValues: defaults,
    action: updateProfileAction,
    onSuccess: () => "Saved.",
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="text-2xl font-bold">
        Your details
      </h2>
      <FormField id="name" label="Name" autoComplete="name" error={formState.errors.name?.message} {...register("name")} />
      <FormField
        id="timeZone"
        label="Time zone"
        list="time-zone-list"
        autoComplete="off"
        hint="Type to search, for example London or New York. Your days and reminders follow this zone."
        error={formState.errors.timeZone?.message}
        {...register("timeZone")}
      />
      <datalist id="time-zone-list">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
        Save details
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
