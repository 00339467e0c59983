"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentProps, type RefCallback } from "react";
import { formatLocalDate } from "@/lib/time/format-in-zone";
import { FormField } from "./form-field";
import { useUserLocale } from "./user-locale";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date field. The browser draws the picker in its own language's order (mm/dd/yyyy in a US
 * browser), which no page can change; so the chosen date is also written out beneath it in the
 * person's own locale, the way the rest of the app writes dates ("Sunday 6 December 2026"), and
 * the input carries that locale for the browsers that do honour it.
 */
type Props = Omit<ComponentProps<typeof FormField>, "type"> & {
  /** The field's value as its form holds it, for a form that also sets it itself (to now, or on a reset), which fires no input event. */
  chosen?: string;
};

export function DateField({ ref, onChange, hint, chosen, ...field }: Props) {
  const locale = useUserLocale();
  const t = useTranslations("common");
  const input = useRef<HTMLInputElement | null>(null);
  const [value, setValue] = useState(typeof field.defaultValue === "string" ? field.defaultValue : "");
  // react-hook-form fills the input through its ref, after the first render.
  useEffect(() => setValue(input.current?.value ?? ""), []);

  const setRef: RefCallback<HTMLInputElement> = (element) => {
    input.current = element;
    if (typeof ref === "function") ref(element);
    else if (ref) ref.current = element;
  };
  const shown = chosen ?? value;
  const reads = ISO_DATE.test(shown) ? formatLocalDate(shown, locale) : undefined;

  return (
    <div className="flex flex-col gap-1">
      <FormField
        {...field}
        ref={setRef}
        type="date"
        lang={locale}
        hint={hint}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          onChange?.(event);
        }}
      />
      <p className="text-base text-slate-700" data-testid={`${field.id}-reads`} aria-live="polite">
        {reads ? <span>{t("dateChosen", { date: reads })}</span> : null}
      </p>
    </div>
  );
}
