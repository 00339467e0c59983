import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { isCarer } from "@/lib/journals/policy";
import { lastPhotoOfEachSpot } from "@/lib/photos/queries";
import { entryFormValues } from "@/lib/journal/form-values";
import { findEntry, monitorsTemperature } from "@/lib/journal/queries";
import { localDateOf } from "@/lib/time/local-day";
import { EntryForm } from "../../_entry/entry-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entry"))("editTitle") };
}

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { journal: person, access } = await requireJournalAccess("record");
  const entry = await findEntry(person.id, (await params).id);
  if (!entry) notFound();
  const t = await getTranslations("entry");
  return (
    <ClientMessages namespaces={["camera", "common", "entry", "errors", "footMap", "photos", "vocabulary"]}>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <EntryForm
        journal={{ id: person.id, name: person.name, own: !isCarer(access) }}
        entryId={entry.id}
        timeZone={entry.timeZone}
        today={localDateOf(new Date(), entry.timeZone)}
        defaultValues={entryFormValues(entry)}
        lastObservations={null}
        lastSpotPhotos={await lastPhotoOfEachSpot(person.id, { exceptEntryId: entry.id })}
        submitLabel={t("saveChanges")}
        monitorsTemperature={await monitorsTemperature(person.id)}
      />
    </ClientMessages>
  );
}
