import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listPasskeys } from "@/lib/passkeys/passkeys";
import { formatDate, formatDateTime } from "@/lib/time/format-in-zone";
import { twoStepStatus } from "@/lib/two-step/two-step";
import { PasskeysPanel } from "./passkeys-panel";
import { TwoStepPanel } from "./two-step-panel";

/** Settings → Security: the account owner's passkeys and second step. */
export async function SecuritySection({ user }: { user: CurrentUser }) {
  const [passkeys, twoStep, t] = await Promise.all([listPasskeys(user.id), twoStepStatus(user.id), getTranslations("twoStep")]);
  return (
    <section aria-labelledby="security-heading" className="flex flex-col gap-8">
      <h2 id="security-heading" className="text-2xl font-bold">
        {t("security")}
      </h2>
      <PasskeysPanel
        passkeys={passkeys.map((passkey) => ({
          id: passkey.id,
          name: passkey.name,
          createdAt: formatDate(passkey.createdAt, user),
          lastUsedAt: passkey.lastUsedAt ? formatDateTime(passkey.lastUsedAt, user) : null,
        }))}
      />
      <TwoStepPanel state={{ ...twoStep, enabledAt: twoStep.enabledAt ? formatDate(twoStep.enabledAt, user) : null }} hasPasskeys={passkeys.length > 0} />
    </section>
  );
}
