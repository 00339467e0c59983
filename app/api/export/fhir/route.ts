import { serverEnv } from "@/lib/env";
import { FHIR_FILE_NAME, fhirBundle } from "@/lib/exports/fhir";
import { attachment } from "@/lib/exports/http";
import { loadExportData } from "@/lib/exports/load-export";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

/** The signed-in person's journal as a FHIR R4 Bundle; its photos link to their own photo route. */
export const GET = userRoute(async (user) =>
  attachment({
    body: JSON.stringify(fhirBundle(await loadExportData(user.id), { photoUrl: (photoId) => new URL(`/api/photos/${photoId}`, serverEnv().NEXTAUTH_URL).toString() }), null, 2),
    type: "application/fhir+json; charset=utf-8",
    name: FHIR_FILE_NAME,
  }),
);
