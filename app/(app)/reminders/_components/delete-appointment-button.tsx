"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { deleteAppointmentAction } from "../appointment-actions";

export function DeleteAppointmentButton({ appointmentId, clinician }: { appointmentId: string; clinician: string }) {
  const t = useTranslations("appointments");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={{ label: t("delete"), ariaLabel: t("deleteLabel", { clinician }) }}
      title={t("deleteTitle", { clinician })}
      confirmLabel={t("deleteConfirm")}
      pendingLabel={t("deleting")}
      cancelLabel={t("keep")}
      onConfirm={async () => {
        const result = await deleteAppointmentAction({ appointmentId });
        if (!result.ok) return result.formError ?? t("deleteFailed");
        router.refresh();
      }}
    >
      <p>{t("deleteText")}</p>
    </ConfirmDialog>
  );
}
