import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import { MAX_UPLOAD_REQUEST_BYTES } from "@/lib/photos/schemas";
import { readPhotoUploadForm } from "@/lib/photos/upload-form";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { journalRoute, jsonError } from "@/lib/routes";

// sharp is a native module: Node.js runtime (the default), said here so it is not changed by accident.
export const runtime = "nodejs";

/** Uploads one photo to the open journal (multipart/form-data: `file`, optional `foot`, `region`, `caption`); 201 with the photo. */
export const POST = journalRoute("record", async ({ access }, request) => {
  // Refused before a byte of the body is read. A body sent without a length is still limited below:
  // the proxy buffers at most experimental.proxyClientMaxBodySize (next.config.js), and the file's size is checked.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_REQUEST_BYTES) throw new AppError(TOO_LARGE_FILE_MESSAGE, { status: 413 });
  const form = await request.formData().catch(() => null);
  if (!form) throw new AppError(messageKey("uploadUnreadable"), { status: 400 });
  const upload = await readPhotoUploadForm(form);
  if (!upload.ok) return jsonError(upload.status, upload.error, { fieldErrors: upload.fieldErrors });
  const photo = await uploadPhoto(access, upload.bytes, upload.tags);
  return Response.json(photo, { status: 201, headers: { "Cache-Control": "no-store" } });
});
