"use client";

import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { changeEmailAction } from "./actions";

export function EmailForm({ currentEmail }: { currentEmail: string }) {
  const { register, onSubmit, status, formState, resetField, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.changeEmailSchema),
    defaultValues: { email: "", currentPassword: "" },
    action: changeEmailAction,
    onSuccess: (_, values) => {
      resetField("currentPassword");
      return `We sent a confirmation link to ${values.email}. Your email changes when you open it.`;
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="email-heading">
      <h2 id="email-heading" className="text-2xl font-bold">
        Email address
      </h2>
      <p>
        Now: <strong>{currentEmail}</strong>
      </p>
      <FormField id="new-email" label="New email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField
        id="email-current-password"
        label="Your current password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel="Sending…">
        Change email address
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
