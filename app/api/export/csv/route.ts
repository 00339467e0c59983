import { entriesCsv, ENTRIES_CSV_NAME, observationsCsv, OBSERVATIONS_CSV_NAME, temperaturesCsv, TEMPERATURES_CSV_NAME } from "@/lib/exports/csv";
import { exportResponse } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";

export const runtime = "nodejs";

const FILES = {
  entries: { build: entriesCsv, name: ENTRIES_CSV_NAME },
  observations: { build: observationsCsv, name: OBSERVATIONS_CSV_NAME },
  temperatures: { build: temperaturesCsv, name: TEMPERATURES_CSV_NAME },
};

/** `?of=entries` (the default), `?of=observations` or `?of=temperatures`: one row each, the signed-in person's only. */
export async function GET(request: Request) {
  const of = new URL(request.url).searchParams.get("of");
  const file = of === "observations" || of === "temperatures" ? FILES[of] : FILES.entries;
  return exportResponse("GET /api/export/csv", async (user) => ({ body: file.build(await loadExportData(user.id)), type: "text/csv; charset=utf-8", name: file.name }));
}
