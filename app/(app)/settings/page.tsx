import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { describeDevice } from "@/lib/auth/describe-device";
import { describeSignIn, listLiveSessions, SESSION_IDLE_DAYS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { journalsOf } from "@/lib/journals/access";
import { listActivity } from "@/lib/journals/activity";
import { listCarers } from "@/lib/journals/membership";
import { hasPasskeys } from "@/lib/passkeys/passkeys";
import { pushEnv } from "@/lib/env";
import { listSubscriptions } from "@/lib/push/subscriptions";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { ActivitySection } from "./_carers/activity-section";
import { CarersSection } from "./_carers/carers-section";
import { HeldJournals } from "./_carers/held-journals";
import { HelpingSection } from "./_carers/helping-section";
import { EmailForm } from "./email-form";
import { MyDataSection } from "./_data/my-data-section";
import { HealthProfileForm } from "./health-profile-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { DEFAULT_LANGUAGE, LANGUAGES } from "@/lib/i18n/locales";
import { languageOf } from "@/lib/i18n/negotiate";
import { NotificationsSection } from "./_notifications/notifications-section";
import { SecuritySection } from "./_security/security-section";
import { SessionsList } from "./sessions-list";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("metaTitle") };
}

export default async function SettingsPage() {
  const [user, t, tCarers] = await Promise.all([requireUser(), getTranslations("settings"), getTranslations("carers")]);
  const [sessions, healthProfile, withPasskeys, people, journals, activity, devices] = await Promise.all([
    listLiveSessions(user.id),
    getHealthProfile(user.id),
    hasPasskeys(user.id),
    listCarers(user.id),
    journalsOf(user),
    listActivity(user.id),
    listSubscriptions(user.id),
  ]);
  return (
    <ClientMessages namespaces={["account", "carers", "carers.held", "common", "dialogs", "errors", "healthProfile", "language", "notifications", "passkeys", "reminderEmail.risks", "settings.email", "settings.password", "settings.profile", "settings.sessions", "twoStep", "vocabulary.conditions"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg text-slate-700">{t("intro")}</p>
      <div className="flex flex-col gap-10 [&>*]:rounded-lg [&>*]:border [&>*]:border-slate-300 [&>*]:bg-white [&>*]:p-5">
        <ProfileForm
          defaults={{ name: user.name, timeZone: user.timeZone, language: languageOf(user.locale) ?? DEFAULT_LANGUAGE }}
          timeZones={timeZoneNames()}
          languages={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
        />
        <HealthProfileForm
          defaults={{
            ...healthProfile,
            surgeryDate: healthProfile.surgeryDate ?? "",
            dateOfBirth: healthProfile.dateOfBirth ?? "",
            iwgdfRisk: healthProfile.iwgdfRisk === null ? "" : String(healthProfile.iwgdfRisk),
          }}
        />
        <CarersSection
          carers={people.carers.map((carer) => ({ ...carer, since: formatDateTime(carer.since, user) }))}
          pending={people.pending.map((invitation) => ({ ...invitation, expiresAt: formatDateTime(invitation.expiresAt, user) }))}
        />
        <ActivitySection lines={activity} reader={user} />
        <HelpingSection
          journals={journals.flatMap((journal) =>
            journal.role === "OWNER" || journal.role === "HOLDER" ? [] : [{ journalId: journal.id, name: journal.name, role: tCarers(`roles.${journal.role}.name`) }],
          )}
        />
        <HeldJournals journals={journals.flatMap((journal) => (journal.role === "HOLDER" ? [{ journalId: journal.id, name: journal.name }] : []))} />
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
            signedInWith: describeSignIn(session, user.locale),
          }))}
        />
        <NotificationsSection
          publicKey={pushEnv()?.publicKey ?? null}
          devices={devices.map((device) => ({
            id: device.id,
            device: device.device,
            endpoint: device.endpoint,
            createdAt: formatDateTime(device.createdAt, user),
            lastUsedAt: device.lastUsedAt ? formatDateTime(device.lastUsedAt, user) : null,
          }))}
        />
        <MyDataSection email={user.email} hasPasskeys={withPasskeys} heldNames={journals.flatMap((journal) => (journal.role === "HOLDER" ? [journal.name] : []))} />
      </div>
    </ClientMessages>
  );
}
