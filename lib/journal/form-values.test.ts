import { readMessage } from "../i18n/read-message";
import { describe, expect, it } from "vitest";
import { uploadPhoto } from "../photos/upload-photo";
import { phoneJpeg } from "../testing/images";
import { createTestUser } from "../testing/factories";
import { createEntry } from "./create-entry";
import { entryFormValues, newEntryFormValues } from "./form-values";
import { findEntry } from "./queries";
import { makeEntrySchema, type EntryFormValues } from "./schemas";
import { ownerAccess } from "../journals/policy";

const ZONE = "Europe/London";
const schema = makeEntrySchema({ timeZone: ZONE, now: () => new Date("2026-06-01T12:00:00Z") });

describe("entry form values", () => {
  it("a saved entry opened for editing parses back to what was saved, photos and all", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    const photo = await uploadPhoto(ownerAccess(user.id), await phoneJpeg());
    const typed: EntryFormValues = {
      date: "2026-05-31",
      time: "21:15",
      pain: "6",
      fatigue: "3",
      observations: [{ foot: "RIGHT", region: "BALL", kind: "CALLUS", customKind: "", pain: "", note: "hard skin" }],
      careKind: "PARTNER",
      careMinutes: "15",
      lotionUsed: true,
      temperatures: {
        LEFT: { HALLUX: "30.5", FIRST_METATARSAL_HEAD: "", THIRD_METATARSAL_HEAD: "", FIFTH_METATARSAL_HEAD: "", MIDFOOT: "", HEEL: "29.8" },
        RIGHT: { HALLUX: "", FIRST_METATARSAL_HEAD: "", THIRD_METATARSAL_HEAD: "", FIFTH_METATARSAL_HEAD: "", MIDFOOT: "", HEEL: "30.1" },
      },
      notes: "Long walk.",
      photos: [{ id: photo.id, foot: "RIGHT", region: "", caption: "ball of the foot" }],
    };
    const saved = schema.parse(typed);
    // The server action parses again what the form's schema parsed: the same answer.
    expect(schema.parse(saved)).toEqual(saved);
    const { id } = await createEntry(ownerAccess(user.id), ZONE, saved);

    const reopened = entryFormValues((await findEntry(user.id, id))!);
    expect(reopened).toMatchObject({ ...typed, photos: [{ id: photo.id, foot: "RIGHT", region: null, caption: "ball of the foot" }] });
    expect(schema.parse(reopened)).toEqual({ ...saved, photos: [{ ...saved.photos[0], thumbnailUrl: `/api/photos/${photo.id}?size=thumb` }] });
  });

  it("a new check starts with the pain given, or none chosen, and blank rows ask for what is missing", () => {
    const now = new Date("2026-06-01T08:30:00Z");
    expect(schema.parse(newEntryFormValues(now, ZONE, 4))).toMatchObject({ date: "2026-06-01", time: "09:30", pain: 4, fatigue: null, careMinutes: null });

    const blank = schema.safeParse({ ...newEntryFormValues(now, ZONE), observations: [{ foot: "", region: "", kind: "", customKind: "", pain: "", note: "" }] });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.map((issue) => [issue.path.join("."), readMessage(issue.message, "en")])).toEqual([
      ["pain", "Choose a number from 0 to 10"],
      ["observations.0.foot", "Choose a foot"],
      ["observations.0.region", "Choose where on the foot"],
      ["observations.0.kind", "Choose what you noticed"],
    ]);
  });
});
