"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import type { JournalRole } from "@/lib/journals/policy";
import { changeCarerRoleAction, inviteCarerAction, removeCarerAction, revokeInvitationAction } from "./actions";

export type CarerRow = { memberId: string; name: string; email: string; role: JournalRole; since: string };
export type InvitationRow = { id: string; email: string; role: JournalRole; expiresAt: string };

const ROLES: JournalRole[] = ["SEE", "RECORD", "REMINDERS"];

function RoleChoice({ name, value, onChange, legend }: { name: string; value: JournalRole; onChange: (role: JournalRole) => void; legend: string }) {
  const t = useTranslations("carers");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} className="flex min-h-11 items-start gap-3">
          <input type="radio" name={name} value={role} checked={value === role} onChange={() => onChange(role)} className="mt-1 size-6" />
          <span>{t.rich("roleLine", { name: t(`roles.${role}.name`), allows: t(`roles.${role}.allows`), b: (words) => <strong>{words}</strong> })}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function InviteForm({ id = "carer" }: { id?: string }) {
  const t = useTranslations("carers");
  const { register, onSubmit, status, formState, watch, setValue, resetField, preloadSchema } = useActionForm({
    schema: () => import("@/lib/journals/schemas").then((schemas) => schemas.inviteCarerSchema),
    defaultValues: { email: "", role: "RECORD" as JournalRole },
    action: inviteCarerAction,
    onSuccess: (_, values) => {
      resetField("email");
      return t("invited", { email: values.email });
    },
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-4" aria-label={t("inviteLabel")}>
      <FormField id={`${id}-invite-email`} label={t("inviteEmail")} type="email" autoComplete="off" error={formState.errors.email?.message} {...register("email")} />
      <RoleChoice name={`${id}-invite-role`} legend={t("mayDo")} value={watch("role")} onChange={(role) => setValue("role", role)} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("sending")}>
        {t("invite")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}

type Done = (text: string) => void;

/** Why it did not work (a message or its key), or nothing when it worked. */
const failureOf = (result: { ok: boolean; formError?: string }, fallback: string) => (result.ok ? undefined : (result.formError ?? fallback));

function CarerItem({ carer, onRemoved }: { carer: CarerRow; onRemoved: Done }) {
  const t = useTranslations("carers");
  const read = useReadMessage();
  const [role, setRole] = useState(carer.role);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const run = (work: () => Promise<{ ok: boolean; formError?: string }>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setStatus(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.formError ?? t("failed") });
    });
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-300 p-4 [overflow-wrap:anywhere]">
      <p>
        {t.rich("since", { name: carer.name, email: carer.email, since: carer.since, b: (words) => <strong>{words}</strong> })}
      </p>
      <RoleChoice name={`role-${carer.memberId}`} legend={t("mayDoNamed", { name: carer.name })} value={role} onChange={setRole} />
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={pending || role === carer.role} onClick={() => run(() => changeCarerRoleAction({ memberId: carer.memberId, role }), t("roleSaved", { name: carer.name, role: t(`roles.${role}.name`).toLowerCase() }))}>
          {t("saveRole", { name: carer.name })}
        </Button>
        <ConfirmDialog
          trigger={{ label: t("remove", { name: carer.name }), disabled: pending }}
          title={t("removeTitle", { name: carer.name })}
          confirmLabel={t("remove", { name: carer.name })}
          pendingLabel={t("removing")}
          cancelLabel={t("cancel")}
          onConfirm={async () => {
            const result = await removeCarerAction({ memberId: carer.memberId });
            const failure = failureOf(result, t("failed"));
            if (!failure) onRemoved(t("removed", { name: carer.name }));
            return failure && read(failure);
          }}
        >
          <p>{t("removeText", { name: carer.name })}</p>
        </ConfirmDialog>
      </div>
      <FormStatusNotice status={status} />
    </li>
  );
}

function InvitationItem({ invitation, onWithdrawn }: { invitation: InvitationRow; onWithdrawn: Done }) {
  const t = useTranslations("carers");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4 [overflow-wrap:anywhere]">
      <p>
        {t.rich("invitation", { email: invitation.email, role: t(`roles.${invitation.role}.name`), until: invitation.expiresAt, b: (words) => <strong>{words}</strong> })}
      </p>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const failure = failureOf(await revokeInvitationAction({ invitationId: invitation.id }), t("failed"));
            if (failure) setStatus({ tone: "error", text: failure });
            else onWithdrawn(t("withdrawn", { email: invitation.email }));
          })
        }
      >
        {t("withdraw", { email: invitation.email })}
      </Button>
      <FormStatusNotice status={status} />
    </li>
  );
}

export function CarersSection({ carers, pending }: { carers: CarerRow[]; pending: InvitationRow[] }) {
  // Said here, not in the row: the row goes once its carer or invitation does.
  const t = useTranslations("carers");
  const [outcome, setOutcome] = useState<{ tone: "success"; text: string }>();
  return (
    <section aria-labelledby="carers-heading" className="flex flex-col gap-4">
      <h2 id="carers-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <FormStatusNotice status={outcome} />
      {carers.length === 0 ? <p className="text-slate-700">{t("none")}</p> : (
        <ul className="flex flex-col gap-3">
          {carers.map((carer) => (
            <CarerItem key={carer.memberId} carer={carer} onRemoved={(text) => setOutcome({ tone: "success", text })} />
          ))}
        </ul>
      )}
      {pending.length > 0 ? (
        <>
          <h3 className="text-xl font-bold">{t("pending")}</h3>
          <ul className="flex flex-col gap-3">
            {pending.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} onWithdrawn={(text) => setOutcome({ tone: "success", text })} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="text-xl font-bold">{t("inviteTitle")}</h3>
      <InviteForm />
    </section>
  );
}
