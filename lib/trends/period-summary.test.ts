import { describe, expect, it } from "vitest";
import { monthOf, splitRange } from "./period-summary";

describe("months of local dates", () => {
  it("gives the first day of a date's month", () => {
    expect(["2026-02-28", "2024-02-29", "2026-12-31", "2027-01-01"].map(monthOf)).toEqual(["2026-02-01", "2024-02-01", "2026-12-01", "2027-01-01"]);
  });

  it("splits a range into whole months and the days at either end", () => {
    expect(splitRange("2026-02-15", "2026-11-03")).toEqual({
      wholeFrom: "2026-03-01",
      wholeTo: "2026-10-01",
      edges: [
        { from: "2026-02-15", to: "2026-02-28" },
        { from: "2026-11-01", to: "2026-11-03" },
      ],
    });
    expect(splitRange("2026-03-01", "2026-04-30")).toEqual({ wholeFrom: "2026-03-01", wholeTo: "2026-04-01", edges: [] });
    expect(splitRange("2023-12-31", "2024-02-29")).toEqual({ wholeFrom: "2024-01-01", wholeTo: "2024-02-01", edges: [{ from: "2023-12-31", to: "2023-12-31" }] });
    expect(splitRange("2026-03-10", "2026-03-20")).toEqual({ wholeFrom: null, wholeTo: null, edges: [{ from: "2026-03-10", to: "2026-03-20" }] });
  });
});
