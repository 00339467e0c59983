import { fieldErrorsOf } from "../app-error";
import { TOO_LARGE_FILE_MESSAGE } from "./errors";
import { MAX_PHOTO_BYTES, photoTagsSchema, type PhotoTags } from "./schemas";

export type PhotoUpload =
  | { ok: true; bytes: Buffer; tags: PhotoTags }
  | { ok: false; status: 400 | 413; error: string; fieldErrors?: Record<string, string> };

/**
 * The upload form's fields: one `file`, and optional `foot`, `region` and `caption`. The file's
 * name and declared type are ignored: what it is is decided from its bytes (processPhoto).
 */
export async function readPhotoUploadForm(form: FormData): Promise<PhotoUpload> {
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    const error = "Please choose a photo to upload.";
    return { ok: false, status: 400, error, fieldErrors: { file: error } };
  }
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, status: 413, error: TOO_LARGE_FILE_MESSAGE, fieldErrors: { file: TOO_LARGE_FILE_MESSAGE } };

  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const tags = photoTagsSchema.safeParse({ foot: text("foot"), region: text("region"), caption: text("caption") });
  if (!tags.success) return { ok: false, status: 400, error: "Please check the photo's details.", fieldErrors: fieldErrorsOf(tags.error) };

  return { ok: true, bytes: Buffer.from(await file.arrayBuffer()), tags: tags.data };
}
