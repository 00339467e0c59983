import { getCurrentUser } from "@/lib/auth/current-user";
import { forbiddenCrossOrigin, isSameOrigin } from "@/lib/http/same-origin";
import { PHOTO_NOT_FOUND_MESSAGE } from "@/lib/photos/errors";
import { photoErrorResponse, photoJsonError, signInAgain } from "@/lib/photos/http";
import { readPhotoForUser } from "@/lib/photos/read-photo";
import type { PhotoSize } from "@/lib/photos/schemas";
import { deletePhotos, updatePhotoTags } from "@/lib/photos/upload-photo";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** The photo (or `?size=thumb`) for its owner only; anyone else, and an unknown id, get the same 404. */
export async function GET(request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return signInAgain();
  const { id } = await params;
  const size: PhotoSize = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
  try {
    const photo = await readPhotoForUser(user.id, id, size);
    if (!photo) return photoJsonError(404, PHOTO_NOT_FOUND_MESSAGE);
    const headers = {
      "Content-Type": photo.contentType,
      "Cache-Control": "private, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      ETag: photo.etag,
      Vary: "Cookie",
    };
    if (request.headers.get("if-none-match") === photo.etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(photo.bytes), { headers: { ...headers, "Content-Length": String(photo.bytes.length) } });
  } catch (error) {
    return photoErrorResponse(error, { userId: user.id, photoId: id, route: "GET /api/photos/[id]" });
  }
}

/** Changes a photo's foot, region and caption (JSON body; all three, a missing one is cleared). */
export async function PATCH(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const user = await getCurrentUser();
  if (!user) return signInAgain();
  const { id } = await params;
  const body: unknown = await request.json().catch(() => null);
  if (!body || typeof body !== "object") return photoJsonError(400, "Please check the photo's details.");
  try {
    const photo = await updatePhotoTags(user.id, id, body);
    return photo ? Response.json(photo) : photoJsonError(404, PHOTO_NOT_FOUND_MESSAGE);
  } catch (error) {
    return photoErrorResponse(error, { userId: user.id, photoId: id, route: "PATCH /api/photos/[id]" });
  }
}

/** Deletes one of the user's photos (pending, or on their own entry) and its files. */
export async function DELETE(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const user = await getCurrentUser();
  if (!user) return signInAgain();
  const { id } = await params;
  try {
    const deleted = await deletePhotos(user.id, [id]);
    return deleted > 0 ? new Response(null, { status: 204 }) : photoJsonError(404, PHOTO_NOT_FOUND_MESSAGE);
  } catch (error) {
    return photoErrorResponse(error, { userId: user.id, photoId: id, route: "DELETE /api/photos/[id]" });
  }
}
