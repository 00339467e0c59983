"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { Button, buttonClass, type ButtonVariant } from "./button";
import { Notice } from "./notice";
import { useReadMessage } from "./use-read-message";

type Props = {
  /** The button that opens the dialog. */
  trigger: { label: string; ariaLabel?: string; variant?: ButtonVariant; className?: string; disabled?: boolean };
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel?: string;
  /**
   * Does the thing. A message it returns is shown in the dialog (which stays open, so the person
   * can try again or cancel); nothing returned closes it.
   */
  onConfirm(): Promise<string | void>;
};

/**
 * The one confirmation for every destructive action. Radix AlertDialog traps focus, starts on the
 * safe choice (Cancel), closes with Escape and gives focus back to the button that opened it;
 * clicking outside does not close it, so a stray tap never confirms or loses the question.
 */
export function ConfirmDialog({ trigger, title, children, confirmLabel, pendingLabel, cancelLabel, onConfirm }: Props) {
  const t = useTranslations("dialogs");
  const read = useReadMessage();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(undefined);
      const message = await onConfirm();
      if (message) setError(message);
      else setOpen(false);
    });

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (!next) setError(undefined);
      }}
    >
      <AlertDialog.Trigger className={buttonClass(trigger.variant ?? "danger", trigger.className)} aria-label={trigger.ariaLabel} disabled={trigger.disabled}>
        {trigger.label}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/60" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-2xl font-bold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="flex flex-col gap-2">{children}</div>
          </AlertDialog.Description>
          {error ? <Notice tone="error">{read(error)}</Notice> : null}
          <div className="flex flex-wrap gap-3">
            {/* Not AlertDialog.Action: that would close the dialog before the work has answered. */}
            <Button type="button" variant="danger" pending={pending} pendingLabel={pendingLabel} onClick={confirm}>
              {confirmLabel}
            </Button>
            <AlertDialog.Cancel className={buttonClass("secondary")} disabled={pending}>
              {cancelLabel ?? t("cancel")}
            </AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
