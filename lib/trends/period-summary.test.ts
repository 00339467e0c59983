import { describe, expect, it } from "vitest";
import { monthOf, splitRange, weekOf } from "./period-summary";

describe("periods of local dates", () => {
  it("starts weeks on Monday, as PostgreSQL's date_trunc does, across a month's and a year's end", () => {
    expect(["2026-03-08", "2026-03-09", "2026-03-15", "2027-01-01", "2026-12-28"].map(weekOf)).toEqual(["2026-03-02", "2026-03-09", "2026-03-09", "2026-12-28", "2026-12-28"]);
    expect(monthOf("2026-02-28")).toBe("2026-02-01");
  });

  it("splits a range into whole periods and the days at either end", () => {
    expect(splitRange("2026-02-15", "2026-11-03", "month")).toEqual({
      wholeFrom: "2026-03-01",
      wholeTo: "2026-10-01",
      edges: [
        { from: "2026-02-15", to: "2026-02-28" },
        { from: "2026-11-01", to: "2026-11-03" },
      ],
    });
    expect(splitRange("2026-03-01", "2026-04-30", "month")).toEqual({ wholeFrom: "2026-03-01", wholeTo: "2026-04-01", edges: [] });
    expect(splitRange("2026-03-08", "2026-04-05", "week")).toEqual({ wholeFrom: "2026-03-09", wholeTo: "2026-03-30", edges: [{ from: "2026-03-08", to: "2026-03-08" }] });
    expect(splitRange("2026-03-10", "2026-03-20", "month")).toEqual({ wholeFrom: null, wholeTo: null, edges: [{ from: "2026-03-10", to: "2026-03-20" }] });
  });
});
