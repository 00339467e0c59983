import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { requireUser } from "@/lib/auth/current-user";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { SETUP_STEPS, type SetupStep } from "@/lib/setup/schemas";
import { existingDailyReminders } from "@/lib/setup/setup";
import { AboutStep } from "./about-step";
import { HelperStep } from "./helper-step";
import { ReminderStep } from "./reminder-step";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("welcome"))("metaTitle") };
}

/** The first run: three short steps, each skippable, resumable from Today. Viewing a step writes nothing. */
export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  const user = await requireUser();
  const requested = (await searchParams).step;
  const step: SetupStep = SETUP_STEPS.find((candidate) => candidate === requested) ?? "about";
  const index = SETUP_STEPS.indexOf(step);
  const next = SETUP_STEPS[index + 1];
  const nextHref = next ? `/welcome?step=${next}` : "/today";
  const [profile, t] = await Promise.all([getHealthProfile(user.id), getTranslations("welcome")]);
  return (
    <ClientMessages namespaces={["carers", "common", "dialogs", "errors", "healthProfile", "reminderEmail.risks", "reminders.sendTest", "report.risks", "vocabulary", "welcome"]}>
      <div className="flex flex-col gap-1">
        <p className="text-lg text-slate-700">
          {t("stepOf", { step: index + 1, steps: SETUP_STEPS.length })}
        </p>
        <h1 className="text-3xl font-bold">{step === "about" ? t("hello", { name: user.name }) : t(`steps.${step}`)}</h1>
        <Link href="/today" className="self-start font-semibold text-brand-700 underline">
          {t("skipSetup")}
        </Link>
      </div>
      <nav aria-label={t("stepsLabel")}>
        <ol className="flex flex-wrap gap-2">
          {SETUP_STEPS.map((candidate, position) => (
            <li key={candidate}>
              <Link
                href={`/welcome?step=${candidate}`}
                aria-current={candidate === step ? "step" : undefined}
                className={`flex min-h-11 items-center rounded-md px-3 font-semibold ${candidate === step ? "bg-brand-600 text-white" : "text-brand-700 underline"}`}
              >
                {t("stepLink", { number: position + 1, step: t(`steps.${candidate}`) })}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {step === "about" ? (
        <AboutStep
          defaults={{
            conditions: profile.conditions,
            otherCondition: profile.otherCondition,
            iwgdfRisk: profile.iwgdfRisk === null ? "" : String(profile.iwgdfRisk),
            professionalCheckReminder: profile.professionalCheckReminder,
            surgeryDate: profile.surgeryDate ?? "",
            massageCleared: profile.massageCleared,
          }}
          nextHref={nextHref}
        />
      ) : step === "reminder" ? (
        <ReminderStep
          existing={(await existingDailyReminders(user.id)).SELF_CHECK}
          suggestDaily={profile.conditions.includes("DIABETES")}
          suggestTemperature={profile.iwgdfRisk === 2 || profile.iwgdfRisk === 3}
          timeZone={user.timeZone}
          nextHref={nextHref}
        />
      ) : (
        <HelperStep />
      )}
    </ClientMessages>
  );
}
