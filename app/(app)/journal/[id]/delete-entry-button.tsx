"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { deleteEntryAction } from "../actions";

export function DeleteEntryButton({ entryId, description }: { entryId: string; description: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={{ label: "Delete this check" }}
      title="Delete this check?"
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      cancelLabel="Keep it"
      onConfirm={async () => {
        const result = await deleteEntryAction({ entryId });
        if (!result.ok) return result.formError ?? "The check was not deleted. Check your connection, then press the button again.";
        router.push("/journal?deleted=1");
        router.refresh();
      }}
    >
      <p>The check of {description}, its observations and photos will be deleted for good. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
