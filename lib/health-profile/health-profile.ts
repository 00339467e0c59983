import { db } from "../db/client";
import { syncProfessionalCheck } from "../reminders/professional-check";
import { dateColumn, fromDateColumn } from "../time/local-day";
import type { HealthProfileInput } from "./schemas";

export type HealthProfile = HealthProfileInput;

export const EMPTY_HEALTH_PROFILE: HealthProfile = {
  conditions: [],
  otherCondition: "",
  surgeryDate: null,
  massageCleared: false,
  iwgdfRisk: null,
  professionalCheckReminder: false,
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
    professionalCheckReminder: row.professionalCheckOptedInAt !== null,
    clinicianName: row.clinicianName,
    clinicianContact: row.clinicianContact,
    dateOfBirth: row.dateOfBirth ? fromDateColumn(row.dateOfBirth) : null,
  };
}

/**
 * Saves the profile and, in the same transaction, brings the professional-check reminder in step
 * with it: on only when asked for, with a category; counted from the first time it was asked for.
 */
export async function saveHealthProfile(userId: string, input: HealthProfileInput, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.healthProfile.findUnique({ where: { userId }, select: { professionalCheckOptedInAt: true } });
    const { professionalCheckReminder, ...fields } = input;
    const wantsReminder = professionalCheckReminder && input.iwgdfRisk !== null;
    const data = {
      ...fields,
      otherCondition: input.conditions.includes("OTHER") ? input.otherCondition : "",
      surgeryDate: input.surgeryDate ? dateColumn(input.surgeryDate) : null,
      massageCleared: input.surgeryDate ? input.massageCleared : false,
      dateOfBirth: input.dateOfBirth ? dateColumn(input.dateOfBirth) : null,
      professionalCheckOptedInAt: wantsReminder ? (before?.professionalCheckOptedInAt ?? now) : null,
    };
    await tx.healthProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    await syncProfessionalCheck(tx, userId, now);
  });
}
