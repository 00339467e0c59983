import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/journal?from=2026-01-01")).toBe("/journal?from=2026-01-01");
    expect(safeCallbackPath("/report#photos")).toBe("/report#photos");
    // An encoded slash stays encoded: a browser does not read it as a second slash.
    expect(safeCallbackPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "/\t\\evil.example",
    "javascript:alert(1)",
    " /\t/evil.example",
    "http:evil.example",
    "",
    null,
    undefined,
    "journal",
  ])("sends %j to the dashboard", (value) => {
    expect(safeCallbackPath(value)).toBe("/today");
  });
});
