"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { profileSchema, type ProfileInput } from "@/lib/auth/schemas";
import { updateProfileAction } from "./actions";

export function ProfileForm({ defaults, timeZones }: { defaults: ProfileInput; timeZones: string[] }) {
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const { register, handleSubmit, setError, formState } = useForm<ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues: defaults });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await updateProfileAction(values);
    if (!result.ok) {
      const message = applyServerErrors(result, setError);
      return message ? setStatus({ tone: "error", text: message }) : undefined;
    }
    setStatus({ tone: "success", text: "Saved." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="text-2xl font-bold">
        Your details
      </h2>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
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
    </form>
  );
}
