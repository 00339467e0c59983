import { PHOTO_NOT_FOUND_MESSAGE } from "@/lib/photos/errors";
import { photoErrorResponse, photoJsonError } from "@/lib/photos/http";
import type { PhotoSize } from "@/lib/photos/schemas";
import { readReportPhoto } from "@/lib/share-links/report-grant";

export const runtime = "nodejs";

type Context = { params: Promise<{ token: string; photoId: string }> };

/** A photo of a shared (or printing) report; any other photo, and a dead link, get the same 404. */
export async function GET(request: Request, { params }: Context) {
  const { token, photoId } = await params;
  const size: PhotoSize = new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
  try {
    const photo = await readReportPhoto(token, photoId, size);
    if (!photo) return photoJsonError(404, PHOTO_NOT_FOUND_MESSAGE);
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Length": String(photo.bytes.length),
        // Not cached anywhere: a revoked link must stop serving at once.
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": "inline",
      },
    });
  } catch (error) {
    return photoErrorResponse(error, { photoId, route: "GET /api/share/[token]/photos/[photoId]" });
  }
}
