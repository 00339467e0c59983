import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/app/_components/notice";
import { requireUser } from "@/lib/auth/current-user";
import { twoStepSetupDetails } from "@/lib/two-step/two-step";
import { SetupForm } from "./setup-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoStep"))("setupMetaTitle"), referrer: "no-referrer" };
}

export default async function TwoStepSetupPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations("twoStep")]);
  const details = await twoStepSetupDetails(user);
  return (
    <ClientMessages namespaces={["common", "errors", "twoStep"]}>
      <h1 className="text-3xl font-bold">{t("setupTitle")}</h1>
      {details ? (
        <div className="flex max-w-2xl flex-col gap-6 rounded-lg border border-slate-300 bg-white p-5">
          <SetupForm
            instructions={
              <ol className="flex list-decimal flex-col gap-4 pl-6">
                <li>{t("stepOpen")}</li>
                <li>
                  {t("stepScan")}
                  {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn on the server, as a data: URL */}
                  <img src={details.qrCode} alt={t("qrAlt")} width={220} height={220} className="mt-3 border border-slate-300" />
                  <p className="mt-3">
                    {t("cannotScan")}{" "}
                    <code className="font-mono text-lg font-semibold" data-testid="two-step-secret">
                      {details.secret}
                    </code>
                  </p>
                </li>
                <li>{t("stepCode")}</li>
              </ol>
            }
          />
        </div>
      ) : (
        <Notice tone="info">
          {t.rich("notSettingUp", {
            link: (words) => (
              <Link href="/settings" className="font-semibold text-brand-700 underline">
                {words}
              </Link>
            ),
          })}
        </Notice>
      )}
    </ClientMessages>
  );
}
