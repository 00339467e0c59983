"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/app/_components/button";
import { deleteAppointmentAction } from "../appointment-actions";

export function DeleteAppointmentButton({ appointmentId, label }: { appointmentId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="danger"
      pending={pending}
      aria-label={`Delete ${label}`}
      onClick={() => {
        if (!window.confirm(`Delete ${label}? Its reminders are deleted too.`)) return;
        startTransition(async () => {
          await deleteAppointmentAction({ appointmentId });
          router.refresh();
        });
      }}
    >
      Delete
    </Button>
  );
}
