"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode, type RefObject } from "react";
import { Button, buttonClass } from "./button";
import { Notice } from "./notice";
import { useReadMessage } from "./use-read-message";

export type ConfirmDialogWindowProps = {
  open: boolean;
  onClose(): void;
  /** The button that opened the dialog: focus goes back to it when the dialog closes. */
  opener: RefObject<HTMLButtonElement | null>;
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
 * The dialog of ConfirmDialog, in its own module so that Radix loads when a person first opens one
 * rather than with every page that has a delete button. Radix AlertDialog traps focus, starts on
 * the safe choice (Cancel) and closes with Escape; clicking outside does not close it, so a stray
 * tap never confirms or loses the question.
 */
export function ConfirmDialogWindow({ open, onClose, opener, title, children, confirmLabel, pendingLabel, cancelLabel, onConfirm }: ConfirmDialogWindowProps) {
  const t = useTranslations("dialogs");
  const read = useReadMessage();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(undefined);
      const message = await onConfirm();
      if (message) setError(message);
      else onClose();
    });

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending || next) return;
        setError(undefined);
        onClose();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/60" />
        <AlertDialog.Content
          // There is no Radix Trigger to give focus back to: the opener is a plain button.
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            opener.current?.focus();
          }}
          className="fixed left-1/2 top-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl"
        >
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
