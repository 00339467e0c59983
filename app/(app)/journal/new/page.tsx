import type { Metadata } from "next";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { isCarer } from "@/lib/journals/policy";
import { lastPhotoOfEachSpot } from "@/lib/photos/queries";
import { newEntryFormValues, observationFormValues } from "@/lib/journal/form-values";
import { lastEntryObservations, monitorsTemperature } from "@/lib/journal/queries";
import { localDateOf } from "@/lib/time/local-day";
import { EntryForm } from "../_entry/entry-form";
import { QueuedChecks } from "../_offline/queued-checks";

export const metadata: Metadata = { title: "New foot check" };

export default async function NewEntryPage() {
  const { journal: person, access, user } = await requireJournalAccess("record");
  const now = new Date();
  const last = await lastEntryObservations(person.id);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold">New foot check</h1>
        <p className="text-slate-700">Look at both feet, tops and soles (a mirror helps), and between the toes.</p>
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
        submitLabel="Save this check"
        monitorsTemperature={await monitorsTemperature(person.id, now)}
      />
    </>
  );
}
