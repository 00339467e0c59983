"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ComponentType } from "react";
import { buttonClass, type ButtonVariant } from "./button";
import type { ConfirmDialogWindowProps } from "./confirm-dialog-window";

type Props = Omit<ConfirmDialogWindowProps, "open" | "onClose" | "opener"> & {
  /** The button that opens the dialog. */
  trigger: { label: string; ariaLabel?: string; variant?: ButtonVariant; className?: string; disabled?: boolean };
};

const loadWindow = () => import("./confirm-dialog-window").then((module) => module.ConfirmDialogWindow);

/**
 * The one confirmation for every destructive action: a button that opens ConfirmDialogWindow.
 * The window's code (Radix, 15 kB gzip) is fetched when the person points at or focuses the
 * button, so pages that only might ask a question do not load it up front.
 */
export function ConfirmDialog({ trigger, ...dialog }: Props) {
  const t = useTranslations("dialogs");
  const opener = useRef<HTMLButtonElement>(null);
  const [Window, setWindow] = useState<ComponentType<ConfirmDialogWindowProps>>();
  const [open, setOpen] = useState(false);
  const [unreachable, setUnreachable] = useState(false);

  const preload = () => void loadWindow().catch(() => undefined);
  const openDialog = () =>
    loadWindow().then(
      (loaded) => {
        setUnreachable(false);
        setWindow(() => loaded);
        setOpen(true);
      },
      () => setUnreachable(true),
    );

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass(trigger.variant ?? "danger", trigger.className)}
        aria-label={trigger.ariaLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={trigger.disabled}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={openDialog}
      >
        {trigger.label}
      </button>
      {unreachable ? (
        <p role="alert" className="font-semibold text-red-800">
          {t("couldNotOpen")}
        </p>
      ) : null}
      {Window ? <Window {...dialog} open={open} onClose={() => setOpen(false)} opener={opener} /> : null}
    </>
  );
}
