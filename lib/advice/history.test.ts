import { describe, expect, it } from "vitest";
import type { Check } from "./checks";
import { redFlagSpans, type RedFlagSpan } from "./history";
import { adviceFor, lastCheckOf } from "./rules";
import { check, daysAgo, measured, noted, profile, TODAY } from "./testing/journal";

const diabetes = profile({ conditions: ["DIABETES"] });

/** The definition: each checked day's urgent advice from every check the person has, joined into spans. */
function spansFromEveryCheck(checks: Check[], from: string, to: string): RedFlagSpan[] {
  const days = [...new Set(checks.map((item) => item.localDate))].filter((day) => day >= from && day <= to).sort();
  const spans: RedFlagSpan[] = [];
  let previous = "";
  for (const day of days) {
    const last = lastCheckOf(checks, day)!;
    const urgent = adviceFor({ profile: diabetes, checks, asOf: { localDate: day, instant: last.recordedAt, focusCheckId: last.id, healedMarks: "made-by-then" } }).filter(
      (advice) => advice.level === "urgent",
    );
    const key = urgent.map((advice) => `${advice.id}@${advice.places.map((place) => `${place.foot}:${place.region}`).sort().join(",")}`).join("|");
    if (key && key === previous) Object.assign(spans.at(-1)!, { to: day, advice: urgent });
    else if (key) spans.push({ from: day, to: day, advice: urgent });
    previous = key;
  }
  return spans;
}

/** mulberry32: the same "random" journal on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the red flags of a period (the report's history)", () => {
  it("a blister with diabetes is one span from the day it was noted while it stays noted", () => {
    const checks = [check(10), ...[9, 8, 7].map((days) => check(days, { observations: [noted("LEFT", "HEEL", "BLISTER")] })), check(2)];
    const spans = redFlagSpans({ profile: diabetes, checks, from: daysAgo(10), to: TODAY });
    expect(spans.map(({ from, advice }) => ({ from, ids: advice.map((item) => item.id) }))).toEqual([{ from: daysAgo(9), ids: ["urgent-foot-problem"] }]);
    expect(spans).toEqual(spansFromEveryCheck(checks, daysAgo(10), TODAY));
  });

  it("gives the same spans as asking about every day with every check, over 200 days of random checks", () => {
    const next = random(14);
    const kinds = ["BLISTER", "OPEN_SORE", "WARMTH", "COLOUR_CHANGE", "REDNESS", "DRY_SKIN"] as const;
    const checks: Check[] = [];
    for (let days = 200; days >= 0; days--) {
      if (next() < 0.2) continue;
      const observations = next() < 0.15 ? [noted(next() < 0.5 ? "LEFT" : "RIGHT", next() < 0.5 ? "HEEL" : "BALL", kinds[Math.floor(next() * kinds.length)]!)] : [];
      const temperatures = next() < 0.1 ? measured("HALLUX", 30, 30 + next() * 4) : [];
      checks.push(check(days, { observations, temperatures }));
      if (next() < 0.1) checks.push(check(days, { minutes: 600 }));
    }
    const from = daysAgo(150);
    const spans = redFlagSpans({ profile: diabetes, checks, from, to: TODAY });
    expect(spans.length).toBeGreaterThan(3);
    expect(spans).toEqual(spansFromEveryCheck(checks, from, TODAY));
  });
});
