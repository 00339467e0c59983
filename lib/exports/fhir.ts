import { createHash } from "node:crypto";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import { FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS } from "../foot-health/vocabulary";
import type { ExportData } from "./load-export";
import { isoInZone } from "./iso-in-zone";

// The journal as a FHIR R4 Bundle (type "collection") a clinic system can import: the Patient, an
// Observation per overall pain score (LOINC 72514-3, the 0–10 numeric rating scale), an
// Observation per finding with its body site, and a Media per photo. Validated against the R4
// StructureDefinitions in fhir.test.ts.

export const FHIR_FILE_NAME = "footnote-fhir-r4.json";
const SNOMED = "http://snomed.info/sct";
const LOINC = "http://loinc.org";
const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

/**
 * SNOMED CT body structures for the regions that have one we are sure of; the rest are sent as
 * text alone, which FHIR allows (a CodeableConcept with only text). See docs/decisions/0022.
 */
export const REGION_SNOMED: Partial<Record<FootRegion, { code: string; display: string }>> = {
  TOES: { code: "29707007", display: "Toe structure" },
  HEEL: { code: "76853006", display: "Heel structure" },
  ANKLE: { code: "344001", display: "Ankle region structure" },
};
export const FOOT_SNOMED: Record<Foot, { code: string; display: string }> = {
  LEFT: { code: "22335008", display: "Left foot structure" },
  RIGHT: { code: "7769000", display: "Right foot structure" },
};

/** A stable urn:uuid for one of our ids, so the same journal always exports the same references. */
function urn(kind: string, id: string): string {
  const hex = createHash("sha256").update(`${kind}:${id}`).digest("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function bodySite(foot: Foot, region: FootRegion) {
  const coded = REGION_SNOMED[region];
  const text = `${FOOT_LABELS[foot]}, ${REGION_LABELS[region].toLowerCase()}`;
  return coded ? { coding: [{ system: SNOMED, ...coded }], text } : { text };
}

export function fhirBundle(data: ExportData, now = new Date()) {
  const patientUrl = urn("patient", data.user.id);
  const subject = { reference: patientUrl };
  const entries: { fullUrl: string; resource: Record<string, unknown> }[] = [];
  entries.push({
    fullUrl: patientUrl,
    resource: {
      resourceType: "Patient",
      name: [{ text: data.user.name }],
      telecom: [{ system: "email", value: data.user.email }],
      ...(data.profile?.dateOfBirth ? { birthDate: data.profile.dateOfBirth } : {}),
    },
  });
  for (const entry of data.entries) {
    const effectiveDateTime = isoInZone(entry.recordedAt, entry.timeZone);
    entries.push({
      fullUrl: urn("pain", entry.id),
      resource: {
        resourceType: "Observation",
        status: "final",
        category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" }] }],
        code: { coding: [{ system: LOINC, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }], text: "Overall foot pain (0–10)" },
        subject,
        effectiveDateTime,
        valueInteger: entry.pain,
        ...(entry.notes ? { note: [{ text: entry.notes }] } : {}),
      },
    });
    for (const observation of entry.observations) {
      entries.push({
        fullUrl: urn("finding", observation.id),
        resource: {
          resourceType: "Observation",
          status: "final",
          category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: "exam", display: "Exam" }] }],
          code: { text: observation.kind === "OTHER" && observation.customKind ? observation.customKind : OBSERVATION_KIND_LABELS[observation.kind] },
          subject,
          effectiveDateTime,
          valueBoolean: true,
          bodySite: bodySite(observation.foot, observation.region),
          ...(observation.pain === null
            ? {}
            : { component: [{ code: { coding: [{ system: LOINC, code: "72514-3" }], text: "Pain at this spot (0–10)" }, valueInteger: observation.pain }] }),
          ...(observation.note ? { note: [{ text: observation.note }] } : {}),
        },
      });
    }
  }
  for (const photo of data.photos) {
    const entry = data.entries.find((candidate) => candidate.id === photo.entryId);
    entries.push({
      fullUrl: urn("photo", photo.id),
      resource: {
        resourceType: "Media",
        status: "completed",
        type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/media-type", code: "image", display: "Image" }] },
        subject,
        createdDateTime: isoInZone(entry?.recordedAt ?? photo.createdAt, entry?.timeZone ?? data.user.timeZone),
        ...(photo.foot && photo.region ? { bodySite: bodySite(photo.foot, photo.region) } : photo.foot ? { bodySite: { coding: [{ system: SNOMED, ...FOOT_SNOMED[photo.foot] }], text: FOOT_LABELS[photo.foot] } } : {}),
        width: photo.width,
        height: photo.height,
        content: { contentType: photo.contentType, url: `photos/${photo.id}.jpg`, size: photo.bytes, ...(photo.caption ? { title: photo.caption } : {}) },
      },
    });
  }
  return { resourceType: "Bundle", type: "collection", timestamp: now.toISOString(), entry: entries };
}
