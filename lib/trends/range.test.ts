import { describe, expect, it } from "vitest";
import { addLocalDays } from "../time/calendar";
import { resolveRange } from "./range";

const TODAY = "2026-12-07";
const spanning = (days: number) => resolveRange({ range: "custom", from: addLocalDays(TODAY, -(days - 1)), to: TODAY }, TODAY, null);

describe("points of the time charts", () => {
  it("are days up to 400 days, weeks up to three years, then months; bars are weeks, then months", () => {
    expect([400, 401, 1098, 1099, 3651].map((days) => [spanning(days).days, spanning(days).seriesBucket, spanning(days).barBucket])).toEqual([
      [400, "day", "week"],
      [401, "week", "month"],
      [1098, "week", "month"],
      [1099, "month", "month"],
      [3651, "month", "month"],
    ]);
  });

  it("gives all time of a ten-year journal monthly points", () => {
    expect(resolveRange({ range: "all", from: null, to: null }, TODAY, "2016-12-07")).toMatchObject({ from: "2016-12-07", to: TODAY, seriesBucket: "month", barBucket: "month" });
  });
});
