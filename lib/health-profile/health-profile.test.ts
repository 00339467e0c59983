import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/factories";
import { EMPTY_HEALTH_PROFILE, getHealthProfile, saveHealthProfile } from "./health-profile";
import { healthProfileSchema } from "./schemas";

describe("health profile", () => {
  it("is empty until saved, then reads back what was saved, for its user only", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    expect(await getHealthProfile(ann.id)).toEqual(EMPTY_HEALTH_PROFILE);

    const input = healthProfileSchema.parse({
      conditions: ["DIABETES", "NEUROPATHY"],
      surgeryDate: "2026-10-01",
      massageCleared: false,
      iwgdfRisk: "2",
      clinicianName: "Dr Patel",
      clinicianContact: "Foot clinic, 0161 000 0000",
      dateOfBirth: "1954-05-17",
    });
    await saveHealthProfile(ann.id, input);
    expect(await getHealthProfile(ann.id)).toEqual({ ...input, otherCondition: "" });
    expect(await getHealthProfile(bob.id)).toEqual(EMPTY_HEALTH_PROFILE);
  });

  it("refuses a future date of birth and an unknown risk category at their fields", () => {
    const result = healthProfileSchema.safeParse({ dateOfBirth: "2999-01-01", iwgdfRisk: "5" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({ dateOfBirth: "errors.birthDateFuture", iwgdfRisk: "errors.riskCategory" });
  });
});
