import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { PHOTO_NOT_FOUND_MESSAGE } from "@/lib/photos/errors";
import { readPhotoForUser } from "@/lib/photos/read-photo";
import type { PhotoSize } from "@/lib/photos/schemas";
import { deletePhotos, updatePhotoTags } from "@/lib/photos/upload-photo";
import { journalRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };
const notFound = () => AppError.notFound(PHOTO_NOT_FOUND_MESSAGE);

/** The photo (or `?size=thumb`) of the open journal only; anyone else, and an unknown id, get the same 404. */
export const GET = journalRoute<Context>("read", async ({ access }, request, { params }) => {
  const size: PhotoSize = request.nextUrl.searchParams.get("size") === "thumb" ? "thumb" : "full";
  const photo = await readPhotoForUser(access.journalId, (await params).id, size);
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
export const PATCH = journalRoute<Context>("record", async ({ access }, request, { params }) => {
  const body: unknown = await request.json().catch(() => null);
  if (!body || typeof body !== "object") throw new AppError(messageKey("photoDetailsInvalid"), { status: 400 });
  const photo = await updatePhotoTags(access, (await params).id, body);
  if (!photo) throw notFound();
  return Response.json(photo);
});

/** Deletes one of the open journal's photos (pending, or on one of its entries) and its files. */
export const DELETE = journalRoute<Context>("record", async ({ access }, _request, { params }) => {
  const deleted = await deletePhotos(access, [(await params).id]);
  if (deleted === 0) throw notFound();
  return new Response(null, { status: 204 });
});
