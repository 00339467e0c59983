"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { openJournalAction } from "../../_journals/actions";
import { deleteHeldJournalAction, handOverJournalAction, startHeldJournalAction } from "./actions";

export type HeldRow = { journalId: string; name: string };

function HandOverForm({ journal }: { journal: HeldRow }) {
  const t = useTranslations("carers.held");
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/journals/schemas").then((schemas) => schemas.handOverSchema),
    defaultValues: { email: "" },
    action: (values) => handOverJournalAction({ journalId: journal.journalId, ...values }),
    onSuccess: (_, values) => t("handedOver", { email: values.email }),
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-3" aria-label={t("handOverLabel", { name: journal.name })}>
      <FormField id={`handover-${journal.journalId}`} label={t("handOverEmail", { name: journal.name })} type="email" autoComplete="off" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel={t("sending")}>
        {t("handOver", { name: journal.name })}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}

function DeleteHeld({ journal }: { journal: HeldRow }) {
  const t = useTranslations("carers.held");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  if (!confirming) {
    return (
      <Button variant="danger" className="self-start" onClick={() => setConfirming(true)}>
        {t("delete", { name: journal.name })}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
      <p>{t("deleteText", { name: journal.name })}</p>
      <div className="flex flex-wrap gap-3">
        <Button
          variant="danger"
          pending={pending}
          pendingLabel={t("deleting")}
          onClick={() =>
            startTransition(async () => {
              const result = await deleteHeldJournalAction({ journalId: journal.journalId });
              if (!result.ok) return setError(result.formError ?? t("deleteFailed"));
              router.refresh();
            })
          }
        >
          {t("deleteConfirm")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("keep")}
        </Button>
      </div>
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
    </div>
  );
}

/** Journals I keep for people without an account: start one, hand one over, delete one. */
export function HeldJournals({ journals }: { journals: HeldRow[] }) {
  const t = useTranslations("carers.held");
  const router = useRouter();
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/journals/schemas").then((schemas) => schemas.heldJournalSchema),
    defaultValues: { name: "" },
    action: startHeldJournalAction,
    onSuccess: async (journal) => {
      const opened = await openJournalAction({ journalId: journal.id });
      if (opened.ok) router.push("/today");
      router.refresh();
      return t("ready");
    },
  });
  return (
    <section aria-labelledby="held-heading" className="flex flex-col gap-4">
      <h2 id="held-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {journals.length > 0 ? (
        <ul className="flex flex-col gap-4">
          {journals.map((journal) => (
            <li key={journal.journalId} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
              <p className="text-lg font-semibold">{journal.name}</p>
              <HandOverForm journal={journal} />
              <DeleteHeld journal={journal} />
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-3" aria-label={t("startLabel")}>
        <FormField id="held-name" label={t("name")} autoComplete="off" error={formState.errors.name?.message} {...register("name")} />
        <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("starting")}>
          {t("start")}
        </Button>
        <FormStatusNotice status={status} />
      </form>
    </section>
  );
}
