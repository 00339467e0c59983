import { db } from "../db/client";
import { dateColumn, fromDateColumn } from "../time/local-day";
import type { HealthProfileInput } from "./schemas";

export type HealthProfile = HealthProfileInput;

export const EMPTY_HEALTH_PROFILE: HealthProfile = {
  conditions: [],
  otherCondition: "",
  surgeryDate: null,
  massageCleared: false,
  iwgdfRisk: null,
  clinicianName: "",
  clinicianContact: "",
  dateOfBirth: null,
};

/** The user's health profile, or the empty one when they have not filled it in. */
export async function getHealthProfile(userId: string): Promise<HealthProfile> {
  const row = await db().healthProfile.findUnique({ where: { userId } });
  if (!row) return EMPTY_HEALTH_PROFILE;
  return {
    conditions: row.conditions,
    otherCondition: row.otherCondition,
    surgeryDate: row.surgeryDate ? fromDateColumn(row.surgeryDate) : null,
    massageCleared: row.massageCleared,
    iwgdfRisk: row.iwgdfRisk,
    clinicianName: row.clinicianName,
    clinicianContact: row.clinicianContact,
    dateOfBirth: row.dateOfBirth ? fromDateColumn(row.dateOfBirth) : null,
  };
}

export async function saveHealthProfile(userId: string, input: HealthProfileInput): Promise<void> {
  const data = {
    ...input,
    otherCondition: input.conditions.includes("OTHER") ? input.otherCondition : "",
    surgeryDate: input.surgeryDate ? dateColumn(input.surgeryDate) : null,
    massageCleared: input.surgeryDate ? input.massageCleared : false,
    dateOfBirth: input.dateOfBirth ? dateColumn(input.dateOfBirth) : null,
  };
  await db().healthProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
