import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/lib/demo/demo-credentials";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { isOutboxMode } from "@/lib/mail/send-mail";
import { PasskeySignIn } from "./passkey-sign-in";
import { MagicLinkForm, SignInForm } from "./sign-in-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

// next-auth sends people here with ?error= when a link or sign-in fails.
const ERRORS = {
  Verification: "linkExpired",
  AccessDenied: "linkNotValid",
  SessionRequired: "sessionRequired",
} as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string }> }) {
  const [{ callbackUrl, error, reset }, t] = await Promise.all([searchParams, getTranslations("signIn")]);
  const target = safeCallbackPath(callbackUrl);
  return (
    <ClientMessages namespaces={["common", "errors", "signIn"]}>
      <AuthCard title={t("title")}>
        {reset ? <Notice tone="success">{t("passwordChanged")}</Notice> : null}
        {error ? <Notice tone="error">{t(Object.hasOwn(ERRORS, error) ? ERRORS[error as keyof typeof ERRORS] : "failed")}</Notice> : null}
        <SignInForm callbackUrl={target} />
        <hr className="border-slate-300" />
        <MagicLinkForm callbackUrl={target} />
        <hr className="border-slate-300" />
        <PasskeySignIn callbackUrl={target} />
        {isOutboxMode() ? (
          <Notice tone="info">
            {t.rich("demo", { email: DEMO_EMAIL, password: DEMO_PASSWORD, b: (chunks) => <strong>{chunks}</strong>, code: (chunks) => <code>{chunks}</code> })}
          </Notice>
        ) : null}
        <p>
          {t("newHere")}{" "}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(target)}`} className="font-semibold text-brand-700 underline">
            {t("createAccount")}
          </Link>
        </p>
      </AuthCard>
    </ClientMessages>
  );
}
