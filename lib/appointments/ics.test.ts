import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ics";

describe("iCalendar text", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("Dr. Lee; podiatry, room 2\nBring shoes \\ socks")).toBe("Dr. Lee\\; podiatry\\, room 2\\nBring shoes \\\\ socks");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const [index, part] of physical.entries()) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(physical.map((part, index) => (index ? part.slice(1) : part)).join("")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });

  it("writes an event with its alarms, in UTC, with CRLF line ends", () => {
    const ics = buildCalendar(
      [{ uid: "appointment-1@footnote", start: new Date("2026-12-03T14:30:00Z"), end: new Date("2026-12-03T15:00:00Z"), summary: "Podiatrist, Dr. Lee", location: "Clinic", alarmsMinutesBefore: [1440, 120] }],
      { name: "Footnote", now: new Date("2026-11-26T10:00:00Z"), method: "PUBLISH" },
    );
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("\r\nDTSTART:20261203T143000Z\r\nDTEND:20261203T150000Z\r\n");
    expect(ics).toContain("\r\nSUMMARY:Podiatrist\\, Dr. Lee\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261126T100000Z\r\n");
    expect(ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r]+\r\nTRIGGER:-PT(\d+)M\r\nEND:VALARM/g)).toHaveLength(2);
    expect(ics).toContain("TRIGGER:-PT1440M");
  });
});
