import { AppError } from "@/lib/app-error";
import { PHOTO_NOT_FOUND_MESSAGE } from "@/lib/photos/errors";
import { readPhotoForUser } from "@/lib/photos/read-photo";
import type { PhotoSize } from "@/lib/photos/schemas";
import { deletePhotos, updatePhotoTags } from "@/lib/photos/upload-photo";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };
const notFound = () => AppError.notFound(PHOTO_NOT_FOUND_MESSAGE);

/** The photo (or `?size=thumb`) for its owner only; anyone else, and an unknown id, get the same 404. */
export const GET = userRoute<Context>(async (user, request, { params }) => {
  const size: PhotoSize = request.nextUrl.searchParams.get("size") === "thumb" ? "thumb" : "full";
  const photo = await readPhotoForUser(user.id, (await params).id, size);
  if (!photo) throw notFound();
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
});

/** Changes a photo's foot, region and caption (JSON body; all three, a missing one is cleared). */
export const PATCH = userRoute<Context>(async (user, request, { params }) => {
  const body: unknown = await request.json().catch(() => null);
  if (!body || typeof body !== "object") throw new AppError("Please check the photo's details.", { status: 400 });
  const photo = await updatePhotoTags(user.id, (await params).id, body);
  if (!photo) throw notFound();
  return Response.json(photo);
});

/** Deletes one of the user's photos (pending, or on their own entry) and its files. */
export const DELETE = userRoute<Context>(async (user, _request, { params }) => {
  const deleted = await deletePhotos(user.id, [(await params).id]);
  if (deleted === 0) throw notFound();
  return new Response(null, { status: 204 });
});
