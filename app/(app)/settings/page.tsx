import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { describeDevice } from "@/lib/auth/describe-device";
import { describeSignIn, listLiveSessions, SESSION_IDLE_DAYS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { hasPasskeys } from "@/lib/passkeys/passkeys";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { EmailForm } from "./email-form";
import { MyDataSection } from "./_data/my-data-section";
import { HealthProfileForm } from "./health-profile-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { SecuritySection } from "./_security/security-section";
import { SessionsList } from "./sessions-list";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [sessions, healthProfile, withPasskeys] = await Promise.all([listLiveSessions(user.id), getHealthProfile(user.id), hasPasskeys(user.id)]);
  return (
    <>
      <h1 className="text-3xl font-bold">Settings</h1>
      <div className="flex flex-col gap-10 [&>*]:rounded-lg [&>*]:border [&>*]:border-slate-300 [&>*]:bg-white [&>*]:p-5">
        <ProfileForm defaults={{ name: user.name, timeZone: user.timeZone }} timeZones={timeZoneNames()} />
        <HealthProfileForm
          defaults={{
            ...healthProfile,
            surgeryDate: healthProfile.surgeryDate ?? "",
            dateOfBirth: healthProfile.dateOfBirth ?? "",
            iwgdfRisk: healthProfile.iwgdfRisk === null ? "" : String(healthProfile.iwgdfRisk),
          }}
        />
        <EmailForm currentEmail={user.email} />
        <PasswordForm />
        <SecuritySection user={user} />
        <SessionsList
          limits={{ idleDays: SESSION_IDLE_DAYS, maxDays: SESSION_MAX_AGE_SECONDS / 86_400 }}
          sessions={sessions.map((session) => ({
            id: session.id,
            device: describeDevice(session.userAgent),
            createdAt: formatDateTime(session.createdAt, user),
            lastSeenAt: formatDateTime(session.lastSeenAt, user),
            current: session.id === user.sessionId,
            signedInWith: describeSignIn(session),
          }))}
        />
        <MyDataSection email={user.email} hasPasskeys={withPasskeys} />
      </div>
    </>
  );
}
