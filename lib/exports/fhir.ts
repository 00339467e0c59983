import { createHash } from "node:crypto";
import type { Foot, FootRegion, TemperatureSite } from "../generated/prisma/enums";
import { FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS, TEMPERATURE_SITE_SHORT_LABELS } from "../foot-health/vocabulary";
import type { ExportData } from "./load-export";
import { isoInZone } from "./iso-in-zone";

// The journal as a FHIR R4 Bundle (type "collection") a clinic system can import: the Patient, an
// Observation per overall pain score (LOINC 72514-3, the 0–10 numeric rating scale), an
// Observation per finding with its body site, an Observation per skin temperature reading (LOINC
// 98663-8) and a Media per photo. Body sites are SNOMED CT codes checked against published value
// sets, with laterality (docs/decisions/0022 and 0053). Validated against the R4
// StructureDefinitions in exports.test.ts.

export const FHIR_FILE_NAME = "footnote-fhir-r4.json";
const SNOMED = "http://snomed.info/sct";
const LOINC = "http://loinc.org";
const UCUM = "http://unitsofmeasure.org";
const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
const BODY_SITE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/bodySite";

type Coding = { code: string; display: string };

/** Left and right foot: a precoordinated structure that carries its side itself. */
export const FOOT_SNOMED: Record<Foot, Coding> = {
  LEFT: { code: "22335008", display: "Structure of left foot" },
  RIGHT: { code: "7769000", display: "Structure of right foot" },
};

/** Laterality qualifiers, for a site whose code names no side. */
export const LATERALITY_SNOMED: Record<Foot, Coding> = {
  LEFT: { code: "7771000", display: "Left" },
  RIGHT: { code: "24028007", display: "Right" },
};

/**
 * Foot-map regions with a SNOMED CT body structure we could verify; the rest (toenails, between the
 * toes, ball, arch, top, inner and outer side) are sent as the foot's code with the region in text.
 */
export const REGION_SNOMED: Partial<Record<FootRegion, Coding>> = {
  TOES: { code: "29707007", display: "Toe structure" },
  HEEL: { code: "76853006", display: "Heel structure" },
  ANKLE: { code: "344001", display: "Ankle region structure" },
};

/** The IWGDF temperature spots; the midfoot has no code we could verify, nor has a reading whose spot was not recorded. */
export const TEMPERATURE_SITE_SNOMED: Partial<Record<TemperatureSite, Coding>> = {
  HALLUX: { code: "78883009", display: "Great toe structure" },
  FIRST_METATARSAL_HEAD: { code: "67169006", display: "Head of first metatarsal bone" },
  THIRD_METATARSAL_HEAD: { code: "46971007", display: "Head of third metatarsal bone" },
  FIFTH_METATARSAL_HEAD: { code: "71822005", display: "Head of fifth metatarsal bone" },
  HEEL: { code: "76853006", display: "Heel structure" },
};

/** LOINC "Body temperature - Foot surface" (°C, quantitative). */
export const FOOT_SURFACE_TEMPERATURE: Coding = { code: "98663-8", display: "Body temperature - Foot surface" };

/** A stable urn:uuid for one of our ids, so the same journal always exports the same references. */
function urn(kind: string, id: string): string {
  const hex = createHash("sha256").update(`${kind}:${id}`).digest("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Entry = { fullUrl: string; resource: Record<string, unknown> };

export type FhirOptions = {
  now?: Date;
  /** Where each photo can be fetched: the owner's photo route in a download of its own, the file beside it in the ZIP. */
  photoUrl: (photoId: string) => string;
};

export function fhirBundle(data: ExportData, options: FhirOptions) {
  const now = options.now ?? new Date();
  const patientUrl = urn("patient", data.user.id);
  const subject = { reference: patientUrl };
  const entries: Entry[] = [];
  const bodyStructures = new Map<string, Entry>();

  /**
   * A body site: the specific structure's code when there is one, with the side as a BodyStructure
   * (location + laterality) the bodySite extension points to; otherwise the side's foot code, with
   * the place in words.
   */
  const bodySite = (foot: Foot, site: Coding | undefined, text: string) => {
    if (!site) return { coding: [{ system: SNOMED, ...FOOT_SNOMED[foot] }], text };
    const key = `${foot}:${site.code}`;
    if (!bodyStructures.has(key)) {
      bodyStructures.set(key, {
        fullUrl: urn("body-structure", `${data.user.id}:${key}`),
        resource: {
          resourceType: "BodyStructure",
          location: { coding: [{ system: SNOMED, ...site }] },
          locationQualifier: [{ coding: [{ system: SNOMED, ...LATERALITY_SNOMED[foot] }] }],
          description: text,
          patient: subject,
        },
      });
    }
    return {
      extension: [{ url: BODY_SITE_EXTENSION, valueReference: { reference: bodyStructures.get(key)!.fullUrl } }],
      coding: [{ system: SNOMED, ...site }],
      text,
    };
  };
  const regionSite = (foot: Foot, region: FootRegion) => bodySite(foot, REGION_SNOMED[region], `${FOOT_LABELS[foot]}, ${REGION_LABELS[region].toLowerCase()}`);

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
          bodySite: regionSite(observation.foot, observation.region),
          ...(observation.pain === null
            ? {}
            : { component: [{ code: { coding: [{ system: LOINC, code: "72514-3" }], text: "Pain at this spot (0–10)" }, valueInteger: observation.pain }] }),
          ...(observation.note ? { note: [{ text: observation.note }] } : {}),
        },
      });
    }
    for (const reading of entry.temperatures) {
      const place = `${FOOT_LABELS[reading.foot]}, ${TEMPERATURE_SITE_SHORT_LABELS[reading.site].toLowerCase()}`;
      entries.push({
        fullUrl: urn("temperature", reading.id),
        resource: {
          resourceType: "Observation",
          status: "final",
          category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: "vital-signs", display: "Vital Signs" }] }],
          code: { coding: [{ system: LOINC, ...FOOT_SURFACE_TEMPERATURE }], text: `Skin temperature, ${place.toLowerCase()}` },
          subject,
          effectiveDateTime,
          valueQuantity: { value: reading.celsius, unit: "°C", system: UCUM, code: "Cel" },
          bodySite: bodySite(reading.foot, TEMPERATURE_SITE_SNOMED[reading.site], place),
          method: { text: "Home infrared thermometer" },
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
        ...(photo.foot && photo.region
          ? { bodySite: regionSite(photo.foot, photo.region) }
          : photo.foot
            ? { bodySite: { coding: [{ system: SNOMED, ...FOOT_SNOMED[photo.foot] }], text: FOOT_LABELS[photo.foot] } }
            : {}),
        width: photo.width,
        height: photo.height,
        content: { contentType: photo.contentType, url: options.photoUrl(photo.id), size: photo.bytes, ...(photo.caption ? { title: photo.caption } : {}) },
      },
    });
  }
  return { resourceType: "Bundle", type: "collection", timestamp: now.toISOString(), entry: [...entries, ...bodyStructures.values()] };
}
