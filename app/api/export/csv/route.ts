import { entriesCsv, ENTRIES_CSV_NAME, observationsCsv, OBSERVATIONS_CSV_NAME, temperaturesCsv, TEMPERATURES_CSV_NAME } from "@/lib/exports/csv";
import { attachment } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";
import { journalRoute } from "@/lib/routes";

export const runtime = "nodejs";

const FILES = {
  entries: { build: entriesCsv, name: ENTRIES_CSV_NAME },
  observations: { build: observationsCsv, name: OBSERVATIONS_CSV_NAME },
  temperatures: { build: temperaturesCsv, name: TEMPERATURES_CSV_NAME },
};

/** `?of=entries` (the default), `?of=observations` or `?of=temperatures`: one row each, the open journal's only. */
export const GET = journalRoute("read", async ({ access }, request) => {
  const of = request.nextUrl.searchParams.get("of");
  const file = of === "observations" || of === "temperatures" ? FILES[of] : FILES.entries;
  return attachment({ body: file.build(await loadExportData(access.journalId)), type: "text/csv; charset=utf-8", name: file.name });
});
