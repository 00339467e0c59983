import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; pendingLabel?: string; variant?: "primary" | "secondary" | "danger" };

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border-2 border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  danger: "border-2 border-red-800 bg-white text-red-800 hover:bg-red-50",
};

export function Button({ pending, pendingLabel, variant = "primary", children, className, disabled, ...button }: Props) {
  return (
    <button
      className={`inline-flex min-h-12 items-center justify-center rounded-md px-5 py-2 text-lg font-semibold disabled:opacity-60 ${VARIANTS[variant]} ${className ?? ""}`}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...button}
    >
      {pending ? (pendingLabel ?? "Please wait…") : children}
    </button>
  );
}
