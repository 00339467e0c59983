import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { findPendingSignIn, PENDING_SIGN_IN_COOKIE } from "@/lib/two-step/pending-sign-in";
import { SecondStepForm } from "./second-step-form";

export const metadata: Metadata = { title: "Enter your code", robots: { index: false } };

// A right password or email link for an account with two-step sign-in on lands here; no session
// exists until the code is right (docs/decisions/0070).
export default async function SecondStepPage() {
  const pending = await findPendingSignIn((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value);
  if (!pending) {
    return (
      <AuthCard title="Enter your code">
        <Notice tone="info">
          This step has ended (it lasts 10 minutes) or was not started in this browser.{" "}
          <Link href="/sign-in" className="font-semibold underline">
            Sign in again
          </Link>
          .
        </Notice>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Enter your code">
      <p className="text-lg">
        Your password or link was right. Two-step sign-in is on for <strong>{pending.user.email}</strong>, so one more step: open your authenticator app and type the
        6-digit code it shows for Footnote.
      </p>
      <SecondStepForm callbackUrl={pending.callbackUrl} />
      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-bold">Lost your phone?</h2>
        <p>Type one of the recovery codes you kept when you turned on two-step sign-in (such as “abcde-fghjk”) in the box above instead. Each works once.</p>
        <p>
          If you have no recovery codes either, but you added a passkey on another device, sign in with that passkey. If you have neither, you cannot sign in on
          your own: resetting your password keeps two-step sign-in on. Contact whoever runs this Footnote service; they can turn off the second step once they
          are sure it is you, which takes some days.
        </p>
      </div>
    </AuthCard>
  );
}
