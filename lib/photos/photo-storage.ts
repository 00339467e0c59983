import path from "node:path";
import { photoStorageEnv } from "../env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import type { PhotoStorage } from "./storage";

function createStorage(): PhotoStorage {
  const settings = photoStorageEnv();
  if (settings.driver === "local") return new LocalDiskStorage(path.join(settings.dataDir, "photos"));
  return new S3Storage(settings);
}

// One driver per process, like the database client: hot reload would otherwise open a new S3
// connection pool per edit.
const globalForPhotos = globalThis as unknown as { footnotePhotoStorage?: PhotoStorage };

/** The photo storage the settings choose: local disk by default, S3-compatible with PHOTO_STORAGE=s3. */
export function photoStorage(): PhotoStorage {
  globalForPhotos.footnotePhotoStorage ??= createStorage();
  return globalForPhotos.footnotePhotoStorage;
}
