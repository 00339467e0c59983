import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/journal?from=2026-01-01")).toBe("/journal?from=2026-01-01");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "", null, undefined, "journal"])("sends %s to the dashboard", (value) => {
    expect(safeCallbackPath(value)).toBe("/today");
  });
});
