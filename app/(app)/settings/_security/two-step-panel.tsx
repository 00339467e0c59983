"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button";
import { renewRecoveryCodesAction, startTwoStepSetupAction, turnOffTwoStepAction } from "./actions";
import { ConfirmedAction } from "./confirmed-action";
import { RecoveryCodes } from "./recovery-codes";

export type TwoStepState = { on: boolean; settingUp: boolean; enabledAt: string | null; recoveryCodesLeft: number };

export function TwoStepPanel({ state, hasPasskeys }: { state: TwoStepState; hasPasskeys: boolean }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[]>();

  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-xl font-bold">Two-step sign-in</h3>
      <p>
        With two-step sign-in on, signing in with your password or an email link also asks for a code from an authenticator app on your phone, so your password alone
        is not enough for anyone else. Signing in with a passkey needs no code.
      </p>
      {state.on ? (
        <>
          <p className="font-semibold">
            Two-step sign-in is on{state.enabledAt ? ` (since ${state.enabledAt})` : ""}. You have {state.recoveryCodesLeft} unused recovery{" "}
            {state.recoveryCodesLeft === 1 ? "code" : "codes"}.
          </p>
          {codes ? <RecoveryCodes codes={codes} /> : null}
          <ConfirmedAction
            id="renew-codes"
            label="Make new recovery codes"
            pendingLabel="Making new codes…"
            explanation="New codes replace all your old ones, which stop working."
            hasPasskeys={hasPasskeys}
            action={renewRecoveryCodesAction}
            onDone={(made) => {
              setCodes(made);
              router.refresh();
              return "New recovery codes were made. The old ones no longer work.";
            }}
          />
          <ConfirmedAction
            id="turn-off-two-step"
            label="Turn off two-step sign-in"
            pendingLabel="Turning off…"
            variant="danger"
            explanation="Your password or an email link alone will then be enough to sign in, and your recovery codes stop working."
            hasPasskeys={hasPasskeys}
            action={turnOffTwoStepAction}
            onDone={() => {
              setCodes(undefined);
              router.refresh();
              return "Two-step sign-in is off.";
            }}
          />
        </>
      ) : (
        <>
          <p className="font-semibold">Two-step sign-in is off.</p>
          {state.settingUp ? (
            <Link href="/settings/two-step" className={buttonClass("primary", "self-start")}>
              Continue setting up two-step sign-in
            </Link>
          ) : null}
          <ConfirmedAction
            id="turn-on-two-step"
            label={state.settingUp ? "Start setting up again" : "Turn on two-step sign-in"}
            pendingLabel="Starting…"
            explanation="You need an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or 2FAS. The next page shows a QR code to scan with it."
            hasPasskeys={hasPasskeys}
            action={startTwoStepSetupAction}
            onDone={() => router.push("/settings/two-step")}
          />
        </>
      )}
    </div>
  );
}
