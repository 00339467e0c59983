import { entriesCsv, ENTRIES_CSV_NAME, observationsCsv, OBSERVATIONS_CSV_NAME } from "@/lib/exports/csv";
import { attachment } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

/** `?of=entries` (the default) or `?of=observations`: one row each, the signed-in person's only. */
export const GET = userRoute(async (user, request) => {
  const data = await loadExportData(user.id);
  return request.nextUrl.searchParams.get("of") === "observations"
    ? attachment({ body: observationsCsv(data), type: "text/csv; charset=utf-8", name: OBSERVATIONS_CSV_NAME })
    : attachment({ body: entriesCsv(data), type: "text/csv; charset=utf-8", name: ENTRIES_CSV_NAME });
});
