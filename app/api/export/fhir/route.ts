import { serverEnv } from "@/lib/env";
import { FHIR_FILE_NAME, fhirBundle } from "@/lib/exports/fhir";
import { attachment } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";
import { journalRoute } from "@/lib/routes";

export const runtime = "nodejs";

/** The open journal as a FHIR R4 Bundle; its photos link to their own photo route. */
export const GET = journalRoute("read", async ({ access }) =>
  attachment({
    body: JSON.stringify(fhirBundle(await loadExportData(access.journalId), { photoUrl: (photoId) => new URL(`/api/photos/${photoId}`, serverEnv().NEXTAUTH_URL).toString() }), null, 2),
    type: "application/fhir+json; charset=utf-8",
    name: FHIR_FILE_NAME,
  }),
);
