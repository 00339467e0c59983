import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldError } from "./field-error";

export type SelectOption = { value: string; label: string };

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first, empty choice ("Choose…", "Anywhere"). */
  placeholder?: string;
  error?: string;
};

/** A labelled select whose error is announced with it; works with register(), value or defaultValue. */
export function SelectField({ id, label, options, placeholder, error, className, ...select }: Props) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`min-h-12 w-full min-w-0 max-w-full text-ellipsis rounded-md border-2 bg-white px-2 py-2 text-lg ${error ? "border-red-700" : "border-slate-400"}`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} message={error} />
    </div>
  );
}
