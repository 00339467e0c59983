import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { photoStorage } from "../photos/photo-storage";
import type { PhotoStorage } from "../photos/storage";
import { entriesCsv, ENTRIES_CSV_NAME, observationsCsv, OBSERVATIONS_CSV_NAME, temperaturesCsv, TEMPERATURES_CSV_NAME } from "../exports/csv";
import { FHIR_FILE_NAME, fhirBundle } from "../exports/fhir";
import { loadExportData } from "../exports/load-export";
import { listActivity } from "../journals/activity";
import { listCarers } from "../journals/membership";

// "Download all my data": one ZIP, streamed. The JSON, CSVs and FHIR file are built in memory
// (small); each photo is read from storage only when the ZIP reaches it, so memory stays flat for
// any number of photos. Nothing is compressed (JPEGs do not shrink), which lets yazl compute the
// exact size up front: the browser gets a Content-Length and can show real progress.

export const DATA_JSON_NAME = "footnote-data.json";

export async function buildDataZip(userId: string, deps: { storage?: PhotoStorage; now?: Date } = {}) {
  const storage = deps.storage ?? photoStorage();
  const now = deps.now ?? new Date();
  const [data, activity, people] = await Promise.all([loadExportData(userId), listActivity(userId, null), listCarers(userId, now)]);
  const zip = new ZipFile();
  const options = { mtime: now, compress: false };
  const json = {
    exportedAt: now.toISOString(),
    user: data.user,
    healthProfile: data.profile,
    entries: data.entries,
    // Storage keys are internal: the file's place in this ZIP is what the person needs.
    photos: data.photos.map((photo) => ({ id: photo.id, entryId: photo.entryId, contentType: photo.contentType, width: photo.width, height: photo.height, bytes: photo.bytes, foot: photo.foot, region: photo.region, caption: photo.caption, createdAt: photo.createdAt, file: `photos/${photo.id}.jpg` })),
    questionsForMyDoctor: data.questions,
    shareLinks: data.shareLinks,
    peopleWhoHelp: people.carers.map((carer) => ({ name: carer.name, email: carer.email, role: carer.role, since: carer.since })),
    activityByOthers: activity.map((line) => ({ at: line.at, who: line.who, action: line.action, subject: line.subject })),
  };
  zip.addBuffer(Buffer.from(JSON.stringify(json, null, 2)), DATA_JSON_NAME, options);
  zip.addBuffer(Buffer.from(entriesCsv(data)), ENTRIES_CSV_NAME, options);
  zip.addBuffer(Buffer.from(observationsCsv(data)), OBSERVATIONS_CSV_NAME, options);
  zip.addBuffer(Buffer.from(temperaturesCsv(data)), TEMPERATURES_CSV_NAME, options);
  // Inside the ZIP, each photo is a file beside the Bundle.
  zip.addBuffer(Buffer.from(JSON.stringify(fhirBundle(data, { now, photoUrl: (photoId) => `photos/${photoId}.jpg` }), null, 2)), FHIR_FILE_NAME, options);
  for (const photo of data.photos) {
    zip.addReadStreamLazy(`photos/${photo.id}.jpg`, { ...options, size: photo.bytes }, (callback) => {
      storage.get(photo.storageKey).then(
        (bytes) => (bytes ? callback(null, Readable.from([bytes])) : callback(new Error(`photo ${photo.id} is missing from storage`), null as never)),
        (error: Error) => callback(error, null as never),
      );
    });
  }
  // yazl passes the total size (-1 when unknown) to this callback; @types/yazl declares it without.
  const end = zip.end.bind(zip) as (options: undefined, calculatedTotalSize: (total: number) => void) => void;
  const size = await new Promise<number>((resolve) => end(undefined, resolve));
  return { stream: zip.outputStream, size: size >= 0 ? size : null, photos: data.photos.length };
}

export function dataZipFileName(today: string): string {
  return `footnote-my-data-${today}.zip`;
}
