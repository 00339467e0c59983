import type { EntryFormValues } from "@/lib/journal/schemas";
import { queueCheck } from "@/lib/offline/check-queue";
import type { OpenJournal } from "../../_journals/open-journal";
import { deviceFile, forgetDevicePhoto, isDevicePhoto } from "../_photos/device-photos";

/**
 * Puts a new check in the device's queue with an id made here and the journal it was written in, its photos taken offline as files
 * (the ones already uploaded stay as ids).
 */
export async function saveOnDevice(userId: string, journal: OpenJournal, values: EntryFormValues): Promise<void> {
  const photos = values.photos ?? [];
  const devicePhotos = photos.filter((photo) => isDevicePhoto(photo.id));
  await queueCheck({
    clientId: crypto.randomUUID(),
    userId,
    journalId: journal.id,
    journalName: journal.name,
    values: { ...values, photos: photos.filter((photo) => !isDevicePhoto(photo.id)).map(({ id, foot, region, caption }) => ({ id, foot, region, caption })) },
    photos: devicePhotos.flatMap((photo) => {
      const kept = deviceFile(photo.id);
      return kept ? [{ key: photo.id, file: kept.file, name: kept.name, foot: photo.foot, region: photo.region, caption: photo.caption }] : [];
    }),
  });
  for (const photo of devicePhotos) forgetDevicePhoto(photo);
}

export const hasDevicePhotos = (values: EntryFormValues) => (values.photos ?? []).some((photo) => isDevicePhoto(photo.id));
