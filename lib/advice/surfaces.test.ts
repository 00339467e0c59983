import { describe, expect, it } from "vitest";
import { createEntry } from "../journal/create-entry";
import { markHealed } from "../journal/mark-healed";
import { makeEntrySchema, type EntryFormValues } from "../journal/schemas";
import { EMPTY_HEALTH_PROFILE, saveHealthProfile } from "../health-profile/health-profile";
import type { Condition } from "../generated/prisma/enums";
import { loadReport } from "../report/load-report";
import { REPORT_SECTIONS } from "../report/sections";
import { reminderEmailExtras } from "../reminders/email-extras";
import { composeReminderEmail } from "../reminders/reminder-email";
import { createShareLink, resolveShareToken } from "../share-links/share-links";
import { createTestUser } from "../testing/factories";
import { currentGuidance, guidanceForEntry } from "./load";
import type { Advice } from "./rules";
import { redFlagLine, wordsFor } from "./wording";
import { ownerAccess } from "../journals/policy";

// One voice: the same journals through every surface that shows guidance — the entry page, Today,
// the report, a share link of it, and the daily check email — and they agree. Each surface is
// read through the very function its page or email uses.

const ZONE = "Europe/London";
const NOW = new Date("2026-06-10T18:00:00Z"); // 19:00 in London
const TODAY = "2026-06-10";
const REPORT = { from: "2026-06-01", to: TODAY, sections: [...REPORT_SECTIONS] };

type Check = Partial<EntryFormValues> & { date: string; time: string };
type Journal = {
  name: string;
  conditions: Condition[];
  checks: Check[];
  /** Mark every observation of the first check healed before reading. */
  healFirst?: boolean;
  /** The red flags every surface shows, as "id@FOOT:REGION". */
  redFlags: string[];
  /** What the last check's page and Today both list, in order. */
  advice: string[];
  /** The report's red-flag spans over the period. */
  reportSpans: string[];
};

const blister = { foot: "LEFT" as const, region: "HEEL" as const, kind: "BLISTER" as const, pain: "", customKind: "", note: "" };
const warmth = { ...blister, region: "BALL" as const, kind: "WARMTH" as const };
const heelReadings = (left: string, right: string) => ({ LEFT: { HEEL: left }, RIGHT: { HEEL: right } });

const JOURNALS: Journal[] = [
  {
    name: "diabetes, a blister, then a second check noting nothing",
    conditions: ["DIABETES"],
    checks: [
      { date: TODAY, time: "08:00", observations: [blister] },
      { date: TODAY, time: "08:20", observations: [] },
    ],
    redFlags: ["urgent-foot-problem@LEFT:HEEL"],
    advice: ["urgent-foot-problem"],
    reportSpans: [`${TODAY}…${TODAY}`],
  },
  {
    name: "no diabetes, a blister: self-care, no red flag",
    conditions: ["ARTHRITIS"],
    checks: [{ date: TODAY, time: "08:00", observations: [blister] }],
    redFlags: [],
    advice: ["blister"],
    reportSpans: [],
  },
  {
    name: "the same spot over 2.2 °C two days in a row",
    conditions: [],
    checks: [
      { date: "2026-06-09", time: "08:00", temperatures: heelReadings("34.0", "31.0") },
      { date: TODAY, time: "08:00", temperatures: heelReadings("33.9", "31.2") },
    ],
    redFlags: ["temperature-difference@LEFT:HEEL"],
    advice: ["temperature-difference"],
    reportSpans: [`${TODAY}…${TODAY}`],
  },
  {
    name: "circulation concerns, warmth three days ago, nothing since",
    conditions: ["CIRCULATION"],
    checks: [
      { date: "2026-06-07", time: "09:00", observations: [warmth] },
      { date: TODAY, time: "09:00", observations: [] },
    ],
    redFlags: ["urgent-foot-problem@LEFT:BALL"],
    advice: ["urgent-foot-problem"],
    reportSpans: [`2026-06-07…${TODAY}`],
  },
  {
    name: "diabetes, a blister marked healed",
    conditions: ["DIABETES"],
    checks: [
      { date: "2026-06-08", time: "09:00", observations: [blister] },
      { date: TODAY, time: "09:00", observations: [] },
    ],
    healFirst: true,
    redFlags: [],
    advice: ["massage-routine"],
    reportSpans: ["2026-06-08…2026-06-08"],
  },
];

const keyOf = (advice: Advice) => `${advice.id}@${advice.places.map((place) => `${place.foot}:${place.region}`).join(",")}`;
const urgent = (advice: Advice[]) => advice.filter((item) => item.level === "urgent").map(keyOf);

describe("every surface shows what lib/advice decides", () => {
  for (const journal of JOURNALS) {
    it(journal.name, async () => {
      const user = await createTestUser({ timeZone: ZONE });
      await saveHealthProfile(user.id, { ...EMPTY_HEALTH_PROFILE, conditions: journal.conditions }, NOW);
      const schema = makeEntrySchema({ timeZone: ZONE, now: () => NOW });
      const ids: string[] = [];
      for (const check of journal.checks) {
        ids.push((await createEntry(ownerAccess(user.id), ZONE, schema.parse({ pain: "1", careKind: "NONE", observations: [], photos: [], ...check }))).id);
      }
      if (journal.healFirst) {
        const first = await guidanceForEntry(user.id, ids[0]!);
        const observationIds = first!.advice.flatMap((advice) => ("findings" in advice ? advice.findings.flatMap((finding) => finding.observationIds) : []));
        expect(await markHealed(ownerAccess(user.id), { observationIds }, new Date("2026-06-09T12:00:00Z"))).toBeGreaterThan(0);
      }

      // The entry page of the last check, and Today.
      const page = (await guidanceForEntry(user.id, ids.at(-1)!))!;
      const today = await currentGuidance(user, NOW);
      expect(page.advice.map((advice) => advice.id)).toEqual(journal.advice);
      expect(today.advice.map((advice) => advice.id)).toEqual(journal.advice);
      expect(urgent(page.advice)).toEqual(journal.redFlags);
      expect(urgent(today.advice)).toEqual(journal.redFlags);
      // Self-care never sits beside a red flag for the same place, and no massage beside a red flag.
      if (journal.redFlags.length) expect(today.advice.map((advice) => advice.id)).not.toContain("massage-routine");

      // The report, and the same report through a share link: today's red flags are the page's.
      const report = await loadReport(user.id, REPORT);
      const link = await createShareLink(user.id, { ...REPORT, expiresInHours: 24 }, NOW);
      const grant = await resolveShareToken(link!.token, { now: NOW });
      const shared = await loadReport(grant!.userId, grant!.options);
      const todaysSpan = report.redFlags.find((span) => span.to === TODAY);
      expect(todaysSpan ? todaysSpan.advice.map(keyOf) : []).toEqual(journal.redFlags);
      expect(shared.redFlags).toEqual(report.redFlags);
      // The report is history: a flag later marked healed stays on the days it was raised.
      expect(report.redFlags.map((span) => `${span.from}…${span.to}`)).toEqual(journal.reportSpans);
      const reportLines = (todaysSpan?.advice ?? []).map((advice) => redFlagLine(advice, { locale: user.locale, today: TODAY, relative: false }));
      for (const [index, line] of reportLines.entries()) expect(line).toContain(wordsFor(page.advice[index]!, { locale: user.locale, today: TODAY }).title);

      // The daily check email carries the same red flags, in the same words.
      const extras = await reminderEmailExtras(user, "SELF_CHECK", NOW);
      const email = composeReminderEmail({
        appUrl: "http://localhost:3000",
        user,
        reminder: { kind: "SELF_CHECK", title: "", timeZone: ZONE },
        appointment: null,
        delivery: { id: "d1", occurrenceAt: NOW, late: false, test: false },
        token: "t",
        extras,
      });
      const pageWords = page.advice.filter((advice) => advice.level === "urgent").map((advice) => wordsFor(advice, { locale: user.locale, today: TODAY }));
      expect(extras.redFlags).toEqual(pageWords);
      for (const words of pageWords) expect(email.text).toContain(`Still to act on — ${words.title}.`);
      if (journal.redFlags.length === 0) expect(email.text).not.toContain("Still to act on");
    });
  }
});
