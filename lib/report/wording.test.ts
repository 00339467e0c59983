import { describe, expect, it } from "vitest";
import type { ReportSummary } from "./summarise";
import { careByKindText, careText, clinicianText, conditionsText, formatRange, observationsText, painSentence, painTrendText, riskText } from "./wording";

const summary = (overrides: Partial<ReportSummary>): ReportSummary => ({
  daysInRange: 30,
  daysWithCheck: 20,
  checks: 22,
  painMean: 3.2,
  painMax: 7,
  painMaxDate: "2026-11-14",
  painTrend: { direction: "rising", changePer30Days: 1.5 },
  topObservations: [],
  care: { sessions: 0, minutes: 0, byKind: {} },
  ...overrides,
});

describe("report wording", () => {
  it("writes dates and ranges in the person's locale, as stored, whatever the machine's zone", () => {
    expect(formatRange("2026-11-01", "2026-11-30", "en-GB")).toBe("1 Nov 2026 – 30 Nov 2026");
    expect(formatRange("2026-11-01", "2026-11-30", "en-US")).toBe("Nov 1, 2026 – Nov 30, 2026");
  });

  it("names the conditions, using the person's own words for 'other', and says when none are recorded", () => {
    expect(conditionsText({ conditions: ["DIABETES", "OTHER"], otherCondition: "Gout" }, "en-GB")).toBe("Diabetes, Gout");
    expect(conditionsText({ conditions: [], otherCondition: "" }, "en-GB")).toBe("None recorded");
  });

  it("gives the risk category with its meaning, and the clinician, or says they were not given", () => {
    expect(riskText(1, "en-GB")).toBe("1 — Low risk: loss of protective sensation or a circulation problem");
    expect(riskText(null, "en-GB")).toBe("Not given");
    expect(clinicianText({ clinicianName: "Dr Rao", clinicianContact: "" }, "en-GB")).toBe("Dr Rao");
    expect(clinicianText({ clinicianName: "", clinicianContact: "" }, "en-GB")).toBe("Not given");
  });

  it("describes the pain trend in the summary and in the chart's caption", () => {
    expect(painTrendText({ direction: "rising", changePer30Days: 1.5 }, "en-GB")).toBe("rising (+1.5 per 30 days)");
    expect(painTrendText({ direction: "falling", changePer30Days: -2 }, "en-GB")).toBe("falling (-2 per 30 days)");
    expect(painTrendText(null, "en-GB")).toBe("not enough days");
    expect(painSentence(summary({}), "en-GB")).toBe("Pain averaged 3.2 of 10, highest 7 on 14 Nov 2026; rising by about 1.5 points per 30 days.");
    expect(painSentence(summary({ painTrend: { direction: "steady", changePer30Days: 0.1 } }), "en-GB")).toMatch(/; steady over the period\.$/);
    expect(painSentence(summary({ painTrend: null }), "en-GB")).toMatch(/; too few days to tell a trend\.$/);
    expect(painSentence(summary({ painMean: null }), "en-GB")).toBe("No pain scores in this period.");
  });

  it("writes care and observations for the table of checks, with a dash for none", () => {
    expect(careByKindText({ SELF: 3, PROFESSIONAL: 1 }, "en-GB")).toBe("massaged my own feet: 3; a professional (podiatrist, therapist): 1");
    expect(careText({ careKind: "SELF", careMinutes: 10, lotionUsed: true }, "en-GB")).toBe("I massaged my own feet, 10 min, lotion");
    expect(careText({ careKind: "NONE", careMinutes: null, lotionUsed: false }, "en-GB")).toBe("—");
    expect(observationsText([{ foot: "LEFT", region: "HEEL", kind: "REDNESS", customKind: "", pain: 4 }], "en-GB")).toBe("Redness, left foot — heel (pain 4)");
    expect(observationsText([], "en-GB")).toBe("—");
  });
});
