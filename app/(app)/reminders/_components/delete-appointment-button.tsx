"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { deleteAppointmentAction } from "../appointment-actions";

export function DeleteAppointmentButton({ appointmentId, label }: { appointmentId: string; label: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={{ label: "Delete", ariaLabel: `Delete ${label}` }}
      title={`Delete ${label}?`}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      cancelLabel="Keep it"
      onConfirm={async () => {
        const result = await deleteAppointmentAction({ appointmentId });
        if (!result.ok) return result.formError ?? "The appointment was not deleted. Check your connection, then press the button again.";
        router.refresh();
      }}
    >
      <p>Its reminders are deleted too. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
