import { db } from "../db/client";
import { fromDateColumn } from "../time/local-day";

// Everything exported about one user, read in one place for the CSVs, the FHIR Bundle and the ZIP.

export async function loadExportData(userId: string) {
  const [user, profile, entries, photos, questions, shareLinks] = await Promise.all([
    db().user.findFirstOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, timeZone: true, locale: true, createdAt: true } }),
    db().healthProfile.findUnique({ where: { userId } }),
    db().entry.findMany({
      where: { userId },
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      include: {
        observations: { where: { userId }, orderBy: { position: "asc" } },
        temperatures: { where: { userId }, orderBy: [{ site: "asc" }, { foot: "asc" }], select: { id: true, foot: true, site: true, celsius: true } },
      },
    }),
    db().photo.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, entryId: true, storageKey: true, contentType: true, width: true, height: true, bytes: true, foot: true, region: true, caption: true, createdAt: true },
    }),
    db().doctorQuestion.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { text: true, createdAt: true } }),
    db().shareLink.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { fromDate: true, toDate: true, sections: true, createdAt: true, expiresAt: true, revokedAt: true, lastOpenedAt: true } }),
  ]);
  return {
    user,
    profile: profile
      ? { ...profile, surgeryDate: profile.surgeryDate ? fromDateColumn(profile.surgeryDate) : null, dateOfBirth: profile.dateOfBirth ? fromDateColumn(profile.dateOfBirth) : null }
      : null,
    entries: entries.map((entry) => ({
      ...entry,
      localDate: fromDateColumn(entry.localDate),
      temperatures: entry.temperatures.map((reading) => ({ ...reading, celsius: reading.celsius.toNumber() })),
    })),
    photos,
    questions,
    shareLinks: shareLinks.map((link) => ({ ...link, fromDate: fromDateColumn(link.fromDate), toDate: fromDateColumn(link.toDate) })),
  };
}

export type ExportData = Awaited<ReturnType<typeof loadExportData>>;
