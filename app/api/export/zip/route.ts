import { Readable } from "node:stream";
import { buildDataZip, dataZipFileName } from "@/lib/account/export-zip";
import { attachment } from "@/lib/exports/http";
import { userRoute } from "@/lib/routes";
import { localDateOf } from "@/lib/time/local-day";

export const runtime = "nodejs";

/** Everything of the signed-in person's, streamed as a ZIP with its exact size for progress. */
export const GET = userRoute(async (user) => {
  const zip = await buildDataZip(user.id);
  return attachment({
    body: Readable.toWeb(Readable.from(zip.stream)) as ReadableStream<Uint8Array>,
    type: "application/zip",
    name: dataZipFileName(localDateOf(new Date(), user.timeZone)),
    size: zip.size,
  });
});
