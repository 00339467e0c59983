import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/_components/notice";
import { requireUser } from "@/lib/auth/current-user";
import { twoStepSetupDetails } from "@/lib/two-step/two-step";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up two-step sign-in", referrer: "no-referrer" };

export default async function TwoStepSetupPage() {
  const user = await requireUser();
  const details = await twoStepSetupDetails(user);
  return (
    <>
      <h1 className="text-3xl font-bold">Set up two-step sign-in</h1>
      {details ? (
        <div className="flex max-w-2xl flex-col gap-6 rounded-lg border border-slate-300 bg-white p-5">
          <SetupForm
            instructions={
              <ol className="flex list-decimal flex-col gap-4 pl-6">
                <li>Open your authenticator app (such as Google Authenticator, Microsoft Authenticator or 2FAS) and choose to add an account.</li>
                <li>
                  Scan this QR code with it.
                  {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn on the server, as a data: URL */}
                  <img src={details.qrCode} alt="QR code for your authenticator app" width={220} height={220} className="mt-3 border border-slate-300" />
                  <p className="mt-3">
                    Cannot scan it? Type this key into the app instead:{" "}
                    <code className="font-mono text-lg font-semibold" data-testid="two-step-secret">
                      {details.secret}
                    </code>
                  </p>
                </li>
                <li>Type the 6-digit code the app now shows for Footnote.</li>
              </ol>
            }
          />
        </div>
      ) : (
        <Notice tone="info">
          Two-step sign-in is not being set up right now.{" "}
          <Link href="/settings" className="font-semibold text-brand-700 underline">
            Go to Settings
          </Link>{" "}
          to turn it on.
        </Notice>
      )}
    </>
  );
}
