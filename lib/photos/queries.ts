import { db } from "../db/client";
import type { Foot, FootRegion, Photo } from "../generated/prisma/client";
import { fromDateColumn } from "../time/local-day";
import { photoUrl, spotKey, type PhotoView } from "./schemas";

// Reads for pages and forms, always scoped by the signed-in user's id.

export function toPhotoView(photo: Pick<Photo, "id" | "width" | "height" | "foot" | "region" | "caption">): PhotoView {
  return {
    id: photo.id,
    url: photoUrl(photo.id, "full"),
    thumbnailUrl: photoUrl(photo.id, "thumb"),
    width: photo.width,
    height: photo.height,
    foot: photo.foot,
    region: photo.region,
    caption: photo.caption,
  };
}

export type SpotPhoto = PhotoView & {
  /** The entry's local calendar day, "2026-03-08". */
  localDate: string;
  recordedAt: Date;
  /** That entry's overall pain, 0–10. */
  pain: number;
};

/** Photos of one spot on the user's saved entries, oldest first, each with its entry's day and pain. */
export async function photosOfSpot(userId: string, foot: Foot, region: FootRegion): Promise<SpotPhoto[]> {
  const photos = await db().photo.findMany({
    where: { userId, foot, region, entry: { is: { userId } } },
    select: {
      id: true,
      width: true,
      height: true,
      foot: true,
      region: true,
      caption: true,
      entry: { select: { localDate: true, recordedAt: true, pain: true } },
    },
    orderBy: [{ entry: { recordedAt: "asc" } }, { createdAt: "asc" }],
  });
  return photos.flatMap(({ entry, ...photo }) =>
    entry ? [{ ...toPhotoView(photo), localDate: fromDateColumn(entry.localDate), recordedAt: entry.recordedAt, pain: entry.pain }] : [],
  );
}

export type SpotSummary = { foot: Foot; region: FootRegion; count: number };

/** The spots the user has tagged photos of on saved entries, with how many each. */
export async function spotsWithPhotos(userId: string): Promise<SpotSummary[]> {
  const groups = await db().photo.groupBy({
    by: ["foot", "region"],
    where: { userId, entryId: { not: null }, foot: { not: null }, region: { not: null } },
    _count: { _all: true },
    orderBy: [{ foot: "asc" }, { region: "asc" }],
  });
  return groups.flatMap((group) => (group.foot && group.region ? [{ foot: group.foot, region: group.region, count: group._count._all }] : []));
}

/**
 * For lining a new photo up with the last one: the URL of the latest saved photo of each spot,
 * keyed by spotKey(foot, region). `exceptEntryId` leaves out the entry being edited.
 */
export async function lastPhotoOfEachSpot(userId: string, options: { exceptEntryId?: string } = {}): Promise<Record<string, string>> {
  const photos = await db().photo.findMany({
    where: {
      userId,
      foot: { not: null },
      region: { not: null },
      entry: { is: { userId, ...(options.exceptEntryId ? { id: { not: options.exceptEntryId } } : {}) } },
    },
    select: { id: true, foot: true, region: true },
    orderBy: [{ entry: { recordedAt: "desc" } }, { createdAt: "desc" }],
    distinct: ["foot", "region"],
  });
  const urls: Record<string, string> = {};
  for (const photo of photos) if (photo.foot && photo.region) urls[spotKey(photo.foot, photo.region)] = photoUrl(photo.id, "full");
  return urls;
}
