"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { markHealedAction, unmarkHealedAction } from "@/app/(app)/journal/actions";
import { Button } from "./button";
import type { FormStatus } from "./use-action-form";
import { FormStatusNotice } from "./form-status";

/**
 * "Healed" for one thing noted: guidance about it stops everywhere. The item stays on this page
 * (the page is not reloaded under the person's finger) with the answer beside the button and a way
 * to undo; the next visit shows the guidance without it.
 */
export function HealedButton({ observationIds, what }: { observationIds: string[]; what: string }) {
  const t = useTranslations("healed");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  const [healed, setHealed] = useState(false);

  const run = (heal: boolean) =>
    startTransition(async () => {
      const result = await (heal ? markHealedAction : unmarkHealedAction)({ observationIds });
      if (!result.ok) return setStatus({ tone: "error", text: result.formError ?? t("notSaved") });
      setHealed(heal);
      setStatus({ tone: "success", text: heal ? t("marked", { what }) : t("undone", { what }) });
    });

  return (
    <div className="flex flex-col items-start gap-2">
      {healed ? (
        <Button type="button" variant="secondary" pending={pending} pendingLabel={t("undoing")} onClick={() => run(false)}>
          {t.rich("undo", { what, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </Button>
      ) : (
        <Button type="button" variant="secondary" pending={pending} pendingLabel={t("saving")} onClick={() => run(true)}>
          {t("healed", { what })}
        </Button>
      )}
      <FormStatusNotice status={status} />
    </div>
  );
}
