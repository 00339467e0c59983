import { AppError } from "@/lib/app-error";
import { PHOTO_NOT_FOUND_MESSAGE } from "@/lib/photos/errors";
import type { PhotoSize } from "@/lib/photos/schemas";
import { publicRoute } from "@/lib/routes";
import { readReportPhoto } from "@/lib/share-links/report-grant";

export const runtime = "nodejs";

type Context = { params: Promise<{ token: string; photoId: string }> };

/** A photo of a shared (or printing) report; any other photo, and a dead link, get the same 404. */
export const GET = publicRoute<Context>(
  async (request, { params }) => {
    const { token, photoId } = await params;
    const size: PhotoSize = request.nextUrl.searchParams.get("size") === "thumb" ? "thumb" : "full";
    const photo = await readReportPhoto(token, photoId, size);
    if (!photo) throw AppError.notFound(PHOTO_NOT_FOUND_MESSAGE);
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
  },
  { tokenGuesses: true },
);
