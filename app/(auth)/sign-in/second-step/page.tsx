import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { findPendingSignIn, PENDING_SIGN_IN_COOKIE } from "@/lib/two-step/pending-sign-in";
import { SecondStepForm } from "./second-step-form";
import { ClientMessages } from "@/app/_components/client-messages";
import type { Namespace } from "@/lib/i18n/pick-messages";

// The messages this page's client components use (both of its answers show them).
const IN_BROWSER = ["authPages.secondStep", "common", "errors", "signIn"] satisfies Namespace[];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authPages.secondStep"))("metaTitle"), robots: { index: false } };
}

// A right password or email link for an account with two-step sign-in on lands here; no session
// exists until the code is right (docs/decisions/0070).
export default async function SecondStepPage() {
  const t = await getTranslations("authPages.secondStep");
  const pending = await findPendingSignIn((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value);
  if (!pending) {
    return (
      <ClientMessages namespaces={IN_BROWSER}>
        <AuthCard title={t("title")}>
          <Notice tone="info">
            {t.rich("ended", {
              link: (words) => (
                <Link href="/sign-in" className="font-semibold underline">
                  {words}
                </Link>
              ),
            })}
          </Notice>
        </AuthCard>
      </ClientMessages>
    );
  }
  return (
    <ClientMessages namespaces={IN_BROWSER}>
      <AuthCard title={t("title")}>
        <p className="text-lg">{t.rich("intro", { email: pending.user.email, b: (words) => <strong>{words}</strong> })}</p>
        <SecondStepForm callbackUrl={pending.callbackUrl} />
        <div className="flex flex-col gap-2">
          <h2 className="text-xl font-bold">{t("lostPhone")}</h2>
          <p>{t("recoveryCode")}</p>
          <p>{t("noCodes")}</p>
        </div>
      </AuthCard>
    </ClientMessages>
  );
}
