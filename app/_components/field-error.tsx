import { useReadMessage } from "./use-read-message";

/** A field's message, with the id its input names in aria-describedby so it is read with it. */
export function FieldError({ fieldId, message }: { fieldId: string; message?: string }) {
  const read = useReadMessage();
  return message ? (
    <p id={`${fieldId}-error`} className="font-semibold text-red-800">
      {read(message)}
    </p>
  ) : null;
}
