import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions";

/** Puts a failed action's field messages beside their fields; returns the form-level message. */
export function applyServerErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): string | undefined {
  if (result.ok) return undefined;
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
    setError(field as Path<T>, { type: "server", message }, { shouldFocus: true });
  }
  return result.formError;
}
