import { getTranslations } from "next-intl/server";

/**
 * What an expired, revoked or unknown link shows: the same for all three, so it reveals nothing.
 * `reason` says what kind of link it was (an invitation explains its own limits).
 */
export async function LinkNoLongerValid({ reason }: { reason?: string }) {
  const t = await getTranslations("share");
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("noLongerValid")}</h1>
      <p className="text-lg">{reason ?? t("noLongerValidText")}</p>
    </main>
  );
}
