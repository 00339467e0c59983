import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { updateDetails } from "../account/update-details";
import { createReminder } from "./reminders";
import type { ReminderInput } from "./schemas";
import { ownerAccess } from "../journals/policy";

const daily = (timeZone: string): ReminderInput => ({
  kind: "SELF_CHECK",
  title: "",
  frequency: "DAILY",
  weekdays: [],
  intervalDays: null,
  dayOfMonth: null,
  localTime: "08:00",
  timeZone,
  startDate: "2026-11-01",
  endDate: null,
});

describe("a person changing time zone", () => {
  it("moves their reminders on the old zone to the new one, keeping the local time; others stay", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    const other = await createTestUser({ timeZone: "Europe/London" });
    // 12:00 in London is 07:00 in New York: 08:00 there is still to come today.
    const now = new Date("2026-11-26T12:00:00Z");
    const london = await createReminder(ownerAccess(user.id), daily("Europe/London"), now);
    const tokyo = await createReminder(ownerAccess(user.id), daily("Asia/Tokyo"), now);
    const othersLondon = await createReminder(ownerAccess(other.id), daily("Europe/London"), now);

    await updateDetails(user.id, { name: "Ann", timeZone: "America/New_York" }, now);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Ann", timeZone: "America/New_York" });

    const moved = await db().reminder.findUniqueOrThrow({ where: { id: london.id } });
    expect(moved.timeZone).toBe("America/New_York");
    expect(moved.nextOccurrenceAt?.toISOString()).toBe("2026-11-26T13:00:00.000Z");
    expect((await db().reminder.findUniqueOrThrow({ where: { id: tokyo.id } })).timeZone).toBe("Asia/Tokyo");
    expect((await db().reminder.findUniqueOrThrow({ where: { id: othersLondon.id } })).timeZone).toBe("Europe/London");
  });
});
