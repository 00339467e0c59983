import type { FormStatus } from "./use-action-form";
import { useReadMessage } from "./use-read-message";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
} as const;

/**
 * A form's answer, placed beside the button that was pressed. Both live regions are always in the
 * page, so a screen reader announces a message the moment it appears: an error interrupts
 * (role=alert), a confirmation waits its turn (role=status).
 */
export function FormStatusNotice({ status }: { status: FormStatus }) {
  const read = useReadMessage();
  return (
    <>
      <div role="alert" className="empty:hidden">
        {status?.tone === "error" ? <p className={`rounded-md border-l-4 p-4 ${TONES.error}`}>{read(status.text)}</p> : null}
      </div>
      <div role="status" className="empty:hidden">
        {status?.tone === "success" ? <p className={`rounded-md border-l-4 p-4 ${TONES.success}`}>{status.text}</p> : null}
      </div>
    </>
  );
}
