"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { deleteEntryAction } from "../actions";

export function DeleteEntryButton({ entryId, description }: { entryId: string; description: string }) {
  const router = useRouter();
  const t = useTranslations("entryPage");
  return (
    <ConfirmDialog
      trigger={{ label: t("delete") }}
      title={t("deleteTitle")}
      confirmLabel={t("deleteConfirm")}
      pendingLabel={t("deleting")}
      cancelLabel={t("keep")}
      onConfirm={async () => {
        const result = await deleteEntryAction({ entryId });
        if (!result.ok) return result.formError ?? t("notDeleted");
        router.push("/journal?deleted=1");
        router.refresh();
      }}
    >
      <p>{t("deleteText", { description })}</p>
    </ConfirmDialog>
  );
}
