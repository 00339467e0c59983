import { Readable } from "node:stream";
import { buildDataZip, dataZipFileName } from "@/lib/account/export-zip";
import { exportResponse } from "@/lib/exports/http";

export const runtime = "nodejs";

/** Everything of the signed-in person's, streamed as a ZIP with its exact size for progress. */
export async function GET() {
  return exportResponse("GET /api/export/zip", async (user, today) => {
    const zip = await buildDataZip(user.id);
    return { body: Readable.toWeb(Readable.from(zip.stream)) as ReadableStream<Uint8Array>, type: "application/zip", name: dataZipFileName(today), size: zip.size };
  });
}
