import { describe, expect, it } from "vitest";
import { adviceFor, type Advice } from "./rules";
import { check, daysAgo, inputFor, measured, TODAY } from "./testing/journal";
import { temperatureFindings } from "./temperature";
import { wordsFor } from "./wording";

// Hand-worked sequences for IWGDF home monitoring: the same spot, both feet, more than 2.2 °C apart
// on two consecutive days. Readings are °C, left then right.

const guidance = (checks: ReturnType<typeof check>[]) => adviceFor(inputFor(checks, checks.at(-1)!));
const temperatureIds = (advice: Advice[]) => advice.filter((item) => item.id.startsWith("temperature")).map((item) => item.id);
const words = (advice: Advice | undefined) => (advice ? wordsFor(advice, { locale: "en-GB", today: TODAY }) : undefined);

describe("IWGDF temperature monitoring, spot by spot", () => {
  it("one day over (2.3 °C at the big toe): measure again tomorrow at the same time of day", () => {
    const advice = guidance([check(1, { temperatures: measured("HALLUX", 31.0, 31.1) }), check(0, { temperatures: measured("HALLUX", 33.4, 31.1) })]);
    expect(temperatureIds(advice)).toEqual(["temperature-measure-again"]);
    expect(words(advice.find((item) => item.id === "temperature-measure-again"))).toMatchObject({
      title: "Measure again tomorrow at the same time of day",
      reason: "The left big toe was 2.3 °C warmer than the right today.",
    });
  });

  it("exactly 2.2 °C is not over (in tenths: 35.0 − 32.8 = 22)", () => {
    expect(temperatureIds(guidance([check(1, { temperatures: measured("HEEL", 35.0, 32.8) }), check(0, { temperatures: measured("HEEL", 35.0, 32.8) })]))).toEqual([]);
  });

  it("two days over at different spots: no flag, each spot to measure again", () => {
    const advice = guidance([
      check(1, { temperatures: [...measured("HEEL", 34.0, 31.0), ...measured("HALLUX", 30.0, 30.1)] }),
      check(0, { temperatures: [...measured("HEEL", 31.0, 31.2), ...measured("HALLUX", 32.6, 30.1)] }),
    ]);
    expect(temperatureIds(advice)).toEqual(["temperature-measure-again"]);
    const findings = temperatureFindings([check(1, { temperatures: measured("HEEL", 34.0, 31.0) }), check(0, { temperatures: measured("HALLUX", 32.6, 30.1) })], inputFor([], null).asOf);
    expect(findings.map((finding) => [finding.kind, finding.site])).toEqual([
      // The heel was last measured yesterday, over; the big toe today, over: neither twice.
      ["single-day", "HEEL"],
      ["single-day", "HALLUX"],
    ]);
  });

  it("two days over at the same spot: the flag, worded as the guidance words it", () => {
    const advice = guidance([check(1, { temperatures: measured("FIRST_METATARSAL_HEAD", 30.0, 32.5) }), check(0, { temperatures: measured("FIRST_METATARSAL_HEAD", 30.1, 32.4) })]);
    expect(temperatureIds(advice)).toEqual(["temperature-difference"]);
    const flag = advice.find((item) => item.id === "temperature-difference")!;
    expect(flag).toMatchObject({ level: "urgent", untilSeen: true, places: [{ foot: "RIGHT", region: "BALL" }] });
    expect(words(flag)?.text).toContain("walk less, and contact your foot clinic or doctor promptly");
    expect(words(flag)?.reason).toBe("The right foot below the big toe (1st metatarsal head) was 2.3 °C warmer than the left today, and yesterday by 2.5 °C.");
  });

  it("a gap day between two days over: not consecutive, so measure again", () => {
    const advice = guidance([check(2, { temperatures: measured("MIDFOOT", 34.0, 31.0) }), check(1), check(0, { temperatures: measured("MIDFOOT", 34.0, 31.0) })]);
    expect(temperatureIds(advice)).toEqual(["temperature-measure-again"]);
  });

  it("either foot may be partial: a spot measured on one foot only is not compared", () => {
    const partial = [{ foot: "LEFT" as const, site: "HEEL" as const, celsius: 36 }];
    expect(temperatureIds(guidance([check(1, { temperatures: partial }), check(0, { temperatures: partial })]))).toEqual([]);
  });

  it("a second measurement the same day replaces the first", () => {
    const advice = guidance([
      check(1, { temperatures: measured("HEEL", 34.0, 31.0) }),
      check(0, { temperatures: measured("HEEL", 34.0, 31.0) }),
      check(0, { minutes: 30, temperatures: measured("HEEL", 31.5, 31.0) }),
    ]);
    expect(temperatureIds(advice)).toEqual([]);
  });

  it("the day after a single-day difference, Today says to measure again today; older ones say nothing", () => {
    const yesterday = [check(1, { temperatures: measured("HEEL", 34.0, 31.0) })];
    const now = adviceFor(inputFor(yesterday, null));
    expect(words(now.find((item) => item.id === "temperature-measure-again"))?.title).toBe("Measure again today at the same time of day");
    expect(adviceFor(inputFor([check(2, { temperatures: measured("HEEL", 34.0, 31.0) })], null))).toEqual([]);
    expect(daysAgo(1) < TODAY).toBe(true);
  });

  it("readings made before the six spots (one per foot) pair up with each other", () => {
    const advice = guidance([check(1, { temperatures: measured("UNRECORDED", 34.0, 31.0) }), check(0, { temperatures: measured("UNRECORDED", 34.0, 31.0) })]);
    expect(advice.find((item) => item.id === "temperature-difference")).toMatchObject({ places: [{ foot: "LEFT", region: null }] });
  });
});
