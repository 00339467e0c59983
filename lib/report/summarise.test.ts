import { describe, expect, it } from "vitest";
import { painTrend, summarise, type ReportEntry } from "./summarise";

const entry = (localDate: string, pain: number, extra: Partial<ReportEntry> = {}): ReportEntry => ({
  id: localDate + pain,
  localDate,
  recordedAt: new Date(`${localDate}T08:00:00Z`),
  pain,
  fatigue: null,
  careKind: "NONE",
  careMinutes: null,
  lotionUsed: false,
  notes: "",
  observations: [],
  temperatures: [],
  ...extra,
});

describe("report summary", () => {
  it("counts days with a check, pain mean and max, care, and the most frequent observations", () => {
    const heel = { foot: "LEFT", region: "HEEL", kind: "REDNESS", customKind: "", pain: 3 } as const;
    const summary = summarise(
      [
        entry("2026-11-01", 2, { observations: [heel, heel] }),
        entry("2026-11-01", 4, { careKind: "SELF", careMinutes: 10 }),
        entry("2026-11-03", 6, { observations: [heel] }),
      ],
      { from: "2026-11-01", to: "2026-11-10" },
      "en-GB",
    );
    expect(summary).toMatchObject({ daysInRange: 10, daysWithCheck: 2, checks: 3, painMean: 4, painMax: 6, painMaxDate: "2026-11-03" });
    expect(summary.topObservations).toEqual([{ label: "Redness, left foot — heel", count: 2 }]);
    expect(summarise([entry("2026-11-01", 2, { observations: [heel] })], { from: "2026-11-01", to: "2026-11-10" }, "es-ES").topObservations).toEqual([{ label: "Enrojecimiento, pie izquierdo — talón", count: 1 }]);
    expect(summary.care).toEqual({ sessions: 1, minutes: 10, byKind: { SELF: 1 } });
  });

  it("reads the pain trend per 30 days, steady when the change is small", () => {
    expect(painTrend([{ localDate: "2026-11-01", mean: 1 }, { localDate: "2026-11-11", mean: 2 }, { localDate: "2026-11-21", mean: 3 }])).toEqual({ direction: "rising", changePer30Days: 3 });
    expect(painTrend([{ localDate: "2026-11-01", mean: 3 }, { localDate: "2026-11-11", mean: 3.1 }, { localDate: "2026-11-21", mean: 3 }])?.direction).toBe("steady");
    expect(painTrend([{ localDate: "2026-11-01", mean: 3 }])).toBeNull();
  });
});
