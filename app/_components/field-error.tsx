/** A field's message, with the id its input names in aria-describedby so it is read with it. */
export function FieldError({ fieldId, message }: { fieldId: string; message?: string }) {
  return message ? (
    <p id={`${fieldId}-error`} className="font-semibold text-red-800">
      {message}
    </p>
  ) : null;
}
