import { entriesCsv, ENTRIES_CSV_NAME, observationsCsv, OBSERVATIONS_CSV_NAME } from "@/lib/exports/csv";
import { exportResponse } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";

export const runtime = "nodejs";

/** `?of=entries` (the default) or `?of=observations`: one row each, the signed-in person's only. */
export async function GET(request: Request) {
  const observations = new URL(request.url).searchParams.get("of") === "observations";
  return exportResponse("GET /api/export/csv", async (user) => {
    const data = await loadExportData(user.id);
    return observations
      ? { body: observationsCsv(data), type: "text/csv; charset=utf-8", name: OBSERVATIONS_CSV_NAME }
      : { body: entriesCsv(data), type: "text/csv; charset=utf-8", name: ENTRIES_CSV_NAME };
  });
}
