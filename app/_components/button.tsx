import { Link } from "@/app/_components/link";
import { useTranslations } from "next-intl";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

// One look for everything a person presses: buttons, and the links that read as the next step
// (a page to open, a file to download). At least 48 px tall, for fingers and unsteady hands.

export type ButtonVariant = "primary" | "secondary" | "danger";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border-2 border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  danger: "border-2 border-red-800 bg-white text-red-800 hover:bg-red-50",
};

/** The classes of a button, for an element that cannot be <Button> or <ButtonLink> (a plain <a download>). */
export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return `inline-flex min-h-12 items-center justify-center rounded-md px-5 py-2 text-lg font-semibold disabled:opacity-60 ${VARIANTS[variant]}${className ? ` ${className}` : ""}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; pendingLabel?: string; variant?: ButtonVariant };

export function Button({ pending, pendingLabel, variant, children, className, disabled, ...button }: ButtonProps) {
  const t = useTranslations("common");
  return (
    <button className={buttonClass(variant, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...button}>
      {pending ? (pendingLabel ?? t("pleaseWait")) : children}
    </button>
  );
}

export function ButtonLink({ variant, className, ...link }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...link} />;
}
