import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { isCarer } from "@/lib/journals/policy";
import { lastPhotoOfEachSpot } from "@/lib/photos/queries";
import { newEntryFormValues, observationFormValues } from "@/lib/journal/form-values";
import { lastEntryObservations, monitorsTemperature } from "@/lib/journal/queries";
import { localDateOf } from "@/lib/time/local-day";
import { EntryForm } from "../_entry/entry-form";
import { QueuedChecks } from "../_offline/queued-checks";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entry"))("metaTitle") };
}

export default async function NewEntryPage() {
  const { journal: person, access, user } = await requireJournalAccess("record");
  const now = new Date();
  const [last, t] = await Promise.all([lastEntryObservations(person.id), getTranslations("entry")]);
  return (
    <ClientMessages namespaces={["camera", "common", "dialogs", "entry", "errors", "footMap", "photos", "queued", "vocabulary"]}>
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <QueuedChecks userId={user.id} />
      <EntryForm
        journal={{ id: person.id, name: person.name, own: !isCarer(access) }}
        userId={user.id}
        timeZone={person.timeZone}
        today={localDateOf(now, person.timeZone)}
        defaultValues={newEntryFormValues(now, person.timeZone)}
        lastObservations={last ? last.map(observationFormValues) : null}
        lastSpotPhotos={await lastPhotoOfEachSpot(person.id)}
        submitLabel={t("save")}
        monitorsTemperature={await monitorsTemperature(person.id, now)}
      />
    </ClientMessages>
  );
}
