"use client";

import { useCallback, useState, type BaseSyntheticEvent } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions";
import { lazyResolver, type SchemaOrImport } from "@/lib/forms/lazy-resolver";
import { messageKey } from "@/lib/i18n/message-key";
import { applyServerErrors } from "./apply-server-errors";

export type FormStatus = { tone: "error" | "success"; text: string } | undefined;

/**
 * A react-hook-form form that validates with the action's own zod schema, calls the server action,
 * puts its field messages beside the fields and keeps a status line ("Saved.", or the form-level
 * error). What was typed stays in the form either way. The fields hold the schema's input type (text,
 * "" for blank); the action gets its output.
 *
 * `schema` may also be a function that imports it: the schema library then stays out of the page's
 * first load; `preloadSchema` (call it when the person starts on the form) fetches it, and the first
 * check waits for it if it has not arrived (docs/decisions/0087).
 */
export function useActionForm<Input extends FieldValues, Output, Data>(options: {
  schema: SchemaOrImport<Input, Output>;
  defaultValues: DefaultValues<Input>;
  action: (values: Output) => Promise<ActionResult<Data>>;
  /** Returns the success message to show, if any. */
  onSuccess?: (data: Data, values: Output) => string | void | Promise<string | void>;
  /** Runs after a failure's messages are shown. */
  onFailure?: () => void;
  /** Shown at the top when the server only marked fields, so a long form says to look below. */
  fieldErrorsMessage?: string;
}) {
  const [resolver] = useState(() => lazyResolver(options.schema));
  const form = useForm<Input, unknown, Output>({ resolver: resolver.resolve, defaultValues: options.defaultValues });
  const [status, setStatus] = useState<FormStatus>();

  const submit = form.handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await options.action(values);
    if (!result.ok) {
      const message = applyServerErrors(result, form.setError) ?? options.fieldErrorsMessage;
      if (message) setStatus({ tone: "error", text: message });
      options.onFailure?.();
      return;
    }
    const message = await options.onSuccess?.(result.data, values);
    if (message) setStatus({ tone: "success", text: message });
  });

  // A check or an action that cannot reach the server (no signal, the schema's import failed) gets
  // an answer beside the button instead of none; what was typed stays in the form.
  const onSubmit = (event?: BaseSyntheticEvent) =>
    submit(event).catch((error: unknown) => {
      // redirect() and notFound() travel as errors; Next.js handles them.
      if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
      const unreachable = !navigator.onLine || error instanceof TypeError;
      setStatus({ tone: "error", text: messageKey(unreachable ? "connectionLost" : "generic") });
    });

  // register() gives an input no value of its own: react-hook-form fills it in once the page's
  // scripts have run. On a slow phone the fields would stand empty (a saved check looking blank)
  // until then, so these also give the server's HTML each field's starting value.
  const { register } = form;
  const { defaultValues } = options;
  const field = useCallback(
    (name: Path<Input>): StartingField<Input> => {
      const start: unknown = get(defaultValues, name);
      return { ...register(name), defaultValue: typeof start === "string" || typeof start === "number" ? start : undefined };
    },
    [register, defaultValues],
  );
  const choice = useCallback(
    (name: Path<Input>, value?: string | number): StartingChoice<Input> => {
      const start: unknown = get(defaultValues, name);
      // The field's value comes back from the page as text, whatever the default held.
      const text = value === undefined ? undefined : String(value);
      const isChosen = (held: unknown) => held !== null && held !== undefined && String(held) === text;
      const checked = text === undefined ? start === true : Array.isArray(start) ? start.some(isChosen) : isChosen(start);
      const registered = register(name);
      return {
        ...registered,
        value: text,
        defaultChecked: checked,
        // The tick is for the server's HTML. react-hook-form takes a box that starts ticked as one
        // to read rather than set, box by box as each attaches: a radio group whose ticked box is
        // not attached yet (or no longer ticked, after a reset) would lose its value. Once attached,
        // the form ticks every box from its own values, as it did before the HTML had ticks.
        ref: (element: HTMLInputElement | null) => {
          if (element) element.defaultChecked = false;
          registered.ref(element);
        },
      };
    },
    [register, defaultValues],
  );

  return { ...form, status, setStatus, onSubmit, preloadSchema: resolver.preload, field, choice };
}

/** A text input, select or text area: registered, with its starting value. */
export type StartingField<Input extends FieldValues> = UseFormRegisterReturn<Path<Input>> & { defaultValue: string | number | undefined };
/** A radio button or checkbox (one of a group when it has a value): registered, ticked from the start if chosen. */
export type StartingChoice<Input extends FieldValues> = UseFormRegisterReturn<Path<Input>> & { value: string | undefined; defaultChecked: boolean };
