"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationButton({ token }: { token: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="flex flex-col gap-3">
      <Button
        pending={pending}
        pendingLabel="Accepting…"
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ token });
            if (!result.ok) return setError(result.formError ?? "The invitation could not be accepted. Please try again.");
            router.push("/today");
            router.refresh();
          })
        }
      >
        Accept invitation
      </Button>
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
    </div>
  );
}
