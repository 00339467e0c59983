"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { takeOverSchema } from "@/lib/journals/schemas";
import { takeOverJournalAction } from "./actions";

/** The person a journal was kept for chooses a password; the journal becomes their account. */
export function TakeOverForm({ token }: { token: string }) {
  const router = useRouter();
  const { register, onSubmit, status, formState } = useActionForm({
    schema: takeOverSchema,
    defaultValues: { token, password: "", confirmPassword: "" },
    action: takeOverJournalAction,
    onSuccess: () => {
      router.push("/sign-in?callbackUrl=%2Ftoday");
      return "Your journal is yours now. Sign in with your email address and the password you chose.";
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Take over my journal">
      <FormField id="take-over-password" label="Choose a password" type="password" autoComplete="new-password" hint="At least 10 characters." error={formState.errors.password?.message} {...register("password")} />
      <FormField id="take-over-confirm" label="The same password again" type="password" autoComplete="new-password" error={formState.errors.confirmPassword?.message} {...register("confirmPassword")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Taking over…">
        Take over my journal
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
