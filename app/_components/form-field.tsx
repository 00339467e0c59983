import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { FieldError } from "./field-error";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function FormField({ id, label, error, hint, className, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-12 w-full min-w-0 rounded-md border-2 bg-white px-3 py-2 text-lg ${error ? "border-red-700" : "border-slate-400"}`}
        {...input}
      />
      <FieldError fieldId={id} message={error} />
    </div>
  );
}
