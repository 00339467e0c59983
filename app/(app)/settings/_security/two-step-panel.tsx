"use client";

import { Link } from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button";
import { renewRecoveryCodesAction, startTwoStepSetupAction, turnOffTwoStepAction } from "./actions";
import { ConfirmedAction } from "./confirmed-action";
import { RecoveryCodes } from "./recovery-codes";

export type TwoStepState = { on: boolean; settingUp: boolean; enabledAt: string | null; recoveryCodesLeft: number };

export function TwoStepPanel({ state, hasPasskeys }: { state: TwoStepState; hasPasskeys: boolean }) {
  const t = useTranslations("twoStep");
  const router = useRouter();
  const [codes, setCodes] = useState<string[]>();

  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-xl font-bold">{t("title")}</h3>
      <p>{t("intro")}</p>
      {state.on ? (
        <>
          <p className="font-semibold">
            {state.enabledAt ? t("onSince", { date: state.enabledAt, left: state.recoveryCodesLeft }) : t("on", { left: state.recoveryCodesLeft })}
          </p>
          {codes ? <RecoveryCodes codes={codes} /> : null}
          <ConfirmedAction
            id="renew-codes"
            label={t("renew")}
            pendingLabel={t("renewing")}
            explanation={t("renewExplained")}
            hasPasskeys={hasPasskeys}
            action={renewRecoveryCodesAction}
            onDone={(made) => {
              setCodes(made);
              router.refresh();
              return t("renewed");
            }}
          />
          <ConfirmedAction
            id="turn-off-two-step"
            label={t("turnOff")}
            pendingLabel={t("turningOff")}
            variant="danger"
            explanation={t("turnOffExplained")}
            hasPasskeys={hasPasskeys}
            action={turnOffTwoStepAction}
            onDone={() => {
              setCodes(undefined);
              router.refresh();
              return t("turnedOff");
            }}
          />
        </>
      ) : (
        <>
          <p className="font-semibold">{t("off")}</p>
          {state.settingUp ? (
            <Link href="/settings/two-step" className={buttonClass("primary", "self-start")}>
              {t("continueSetup")}
            </Link>
          ) : null}
          <ConfirmedAction
            id="turn-on-two-step"
            label={t(state.settingUp ? "startAgain" : "turnOn")}
            pendingLabel={t("starting")}
            explanation={t("turnOnExplained")}
            hasPasskeys={hasPasskeys}
            action={startTwoStepSetupAction}
            onDone={() => router.push("/settings/two-step")}
          />
        </>
      )}
    </div>
  );
}
