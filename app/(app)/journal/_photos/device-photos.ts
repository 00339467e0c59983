// Photos taken while offline: kept in this page's memory (and shown from an object URL) until the
// check is saved, when they go into the device's queue with it (lib/offline/check-queue).

const DEVICE_PHOTO_PREFIX = "device:";
const files = new Map<string, { file: Blob; name: string }>();

/** Keeps a file on the device; its id stands in for the server's photo id in the form. */
export function keepOnDevice(file: Blob, name: string): { id: string; thumbnailUrl: string } {
  const id = `${DEVICE_PHOTO_PREFIX}${crypto.randomUUID()}`;
  files.set(id, { file, name });
  return { id, thumbnailUrl: URL.createObjectURL(file) };
}

export const isDevicePhoto = (id: string) => id.startsWith(DEVICE_PHOTO_PREFIX);

export function deviceFile(id: string): { file: Blob; name: string } | undefined {
  return files.get(id);
}

export function forgetDevicePhoto(photo: { id: string; thumbnailUrl?: string }): void {
  files.delete(photo.id);
  if (photo.thumbnailUrl?.startsWith("blob:")) URL.revokeObjectURL(photo.thumbnailUrl);
}
