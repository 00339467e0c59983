import type { FormStatus } from "./use-action-form";
import { Notice } from "./notice";

/** The status line at the top of a form: an error interrupts, a confirmation is polite. */
export function FormStatusNotice({ status }: { status: FormStatus }) {
  return status ? <Notice tone={status.tone}>{status.text}</Notice> : null;
}
