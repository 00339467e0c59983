"use client";

import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { ROLE_LABELS, type JournalRole } from "@/lib/journals/policy";
import { changeCarerRoleAction, inviteCarerAction, removeCarerAction, revokeInvitationAction } from "./actions";

export type CarerRow = { memberId: string; name: string; email: string; role: JournalRole; since: string };
export type InvitationRow = { id: string; email: string; role: JournalRole; expiresAt: string };

const ROLES = Object.entries(ROLE_LABELS) as [JournalRole, (typeof ROLE_LABELS)[JournalRole]][];

function RoleChoice({ name, value, onChange, legend }: { name: string; value: JournalRole; onChange: (role: JournalRole) => void; legend: string }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {ROLES.map(([role, label]) => (
        <label key={role} className="flex min-h-11 items-start gap-3">
          <input type="radio" name={name} value={role} checked={value === role} onChange={() => onChange(role)} className="mt-1 size-6" />
          <span>
            <strong>{label.name}</strong>: {label.allows}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function InviteForm({ id = "carer" }: { id?: string }) {
  const { register, onSubmit, status, formState, watch, setValue, resetField, preloadSchema } = useActionForm({
    schema: () => import("@/lib/journals/schemas").then((schemas) => schemas.inviteCarerSchema),
    defaultValues: { email: "", role: "RECORD" as JournalRole },
    action: inviteCarerAction,
    onSuccess: (_, values) => {
      resetField("email");
      return `We emailed an invitation to ${values.email}. It works once, for 7 days.`;
    },
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-4" aria-label="Invite someone who helps">
      <FormField id={`${id}-invite-email`} label="Their email address" type="email" autoComplete="off" error={formState.errors.email?.message} {...register("email")} />
      <RoleChoice name={`${id}-invite-role`} legend="What they may do" value={watch("role")} onChange={(role) => setValue("role", role)} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Sending…">
        Send invitation
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}

type Done = (text: string) => void;

/** "That did not work" in words, or nothing when it worked. */
const failureOf = (result: { ok: boolean; formError?: string }) => (result.ok ? undefined : (result.formError ?? "That did not work. Please try again."));

function CarerItem({ carer, onRemoved }: { carer: CarerRow; onRemoved: Done }) {
  const [role, setRole] = useState(carer.role);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const run = (work: () => Promise<{ ok: boolean; formError?: string }>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setStatus(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.formError ?? "That did not work. Please try again." });
    });
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      <p>
        <strong>{carer.name}</strong> ({carer.email}) · helping since {carer.since}
      </p>
      <RoleChoice name={`role-${carer.memberId}`} legend={`What ${carer.name} may do`} value={role} onChange={setRole} />
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={pending || role === carer.role} onClick={() => run(() => changeCarerRoleAction({ memberId: carer.memberId, role }), `${carer.name} may now: ${ROLE_LABELS[role].name.toLowerCase()}.`)}>
          Save what {carer.name} may do
        </Button>
        <ConfirmDialog
          trigger={{ label: `Remove ${carer.name}`, disabled: pending }}
          title={`Remove ${carer.name}?`}
          confirmLabel={`Remove ${carer.name}`}
          pendingLabel="Removing…"
          onConfirm={async () => {
            const result = await removeCarerAction({ memberId: carer.memberId });
            const failure = failureOf(result);
            if (!failure) onRemoved(`${carer.name} no longer has access to your journal.`);
            return failure;
          }}
        >
          <p>{carer.name} can no longer open your journal, from their next page on. What they recorded stays, marked as theirs. We email them that their access has ended.</p>
        </ConfirmDialog>
      </div>
      <FormStatusNotice status={status} />
    </li>
  );
}

function InvitationItem({ invitation, onWithdrawn }: { invitation: InvitationRow; onWithdrawn: Done }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
      <p>
        <strong>{invitation.email}</strong> · {ROLE_LABELS[invitation.role].name} · invitation open until {invitation.expiresAt}
      </p>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const failure = failureOf(await revokeInvitationAction({ invitationId: invitation.id }));
            if (failure) setStatus({ tone: "error", text: failure });
            else onWithdrawn(`The invitation to ${invitation.email} is withdrawn; its link no longer works.`);
          })
        }
      >
        Withdraw invitation to {invitation.email}
      </Button>
      <FormStatusNotice status={status} />
    </li>
  );
}

export function CarersSection({ carers, pending }: { carers: CarerRow[]; pending: InvitationRow[] }) {
  // Said here, not in the row: the row goes once its carer or invitation does.
  const [outcome, setOutcome] = useState<{ tone: "success"; text: string }>();
  return (
    <section aria-labelledby="carers-heading" className="flex flex-col gap-4">
      <h2 id="carers-heading" className="text-2xl font-bold">
        People who help
      </h2>
      <p>A partner, a relative or a nurse can see your journal, record checks for you, or help with reminders. You can change or end their access at any time; it takes effect at once.</p>
      <FormStatusNotice status={outcome} />
      {carers.length === 0 ? <p className="text-slate-700">Nobody helps with your journal yet. Invite someone below.</p> : (
        <ul className="flex flex-col gap-3">
          {carers.map((carer) => (
            <CarerItem key={carer.memberId} carer={carer} onRemoved={(text) => setOutcome({ tone: "success", text })} />
          ))}
        </ul>
      )}
      {pending.length > 0 ? (
        <>
          <h3 className="text-xl font-bold">Invitations not yet accepted</h3>
          <ul className="flex flex-col gap-3">
            {pending.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} onWithdrawn={(text) => setOutcome({ tone: "success", text })} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="text-xl font-bold">Invite someone</h3>
      <InviteForm />
    </section>
  );
}
