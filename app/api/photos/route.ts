import { getCurrentUser } from "@/lib/auth/current-user";
import { forbiddenCrossOrigin, isSameOrigin } from "@/lib/http/same-origin";
import { photoErrorResponse, photoJsonError, signInAgain } from "@/lib/photos/http";
import { TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import { MAX_UPLOAD_REQUEST_BYTES } from "@/lib/photos/schemas";
import { readPhotoUploadForm } from "@/lib/photos/upload-form";
import { uploadPhoto } from "@/lib/photos/upload-photo";

// sharp is a native module: Node.js runtime (the default), said here so it is not changed by accident.
export const runtime = "nodejs";

/** Uploads one photo (multipart/form-data: `file`, optional `foot`, `region`, `caption`); 201 with the photo. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const user = await getCurrentUser();
  if (!user) return signInAgain();
  // Refused before a byte of the body is read. A body sent without a length is still limited below:
  // the proxy buffers at most experimental.proxyClientMaxBodySize (next.config.js), and the file's size is checked.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_REQUEST_BYTES) return photoJsonError(413, TOO_LARGE_FILE_MESSAGE);

  const form = await request.formData().catch(() => null);
  if (!form) return photoJsonError(400, "The upload could not be read. Please choose the photo again.");
  const upload = await readPhotoUploadForm(form);
  if (!upload.ok) return photoJsonError(upload.status, upload.error, upload.fieldErrors);

  try {
    const photo = await uploadPhoto(user.id, upload.bytes, upload.tags);
    return Response.json(photo, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return photoErrorResponse(error, { userId: user.id, route: "POST /api/photos" });
  }
}
