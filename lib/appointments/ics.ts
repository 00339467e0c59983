// iCalendar (RFC 5545) written by hand: a few VEVENTs with VALARMs need no library, and the two
// rules that matter — text escaping (§3.3.11) and folding lines at 75 octets without splitting a
// UTF-8 character (§3.1) — are tested here. Times are UTC ("Z"), so no VTIMEZONE is needed; every
// calendar shows them in its own zone. See docs/decisions/0019.

export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** Minutes before the start at which the calendar itself alerts. */
  alarmsMinutesBefore?: number[];
};

export function buildCalendar(events: CalendarEvent[], options: { name: string; now?: Date; method?: "PUBLISH" }): string {
  const stamp = formatUtc(options.now ?? new Date());
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Footnote//Foot health journal//EN", "CALSCALE:GREGORIAN"];
  if (options.method) lines.push(`METHOD:${options.method}`);
  lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${stamp}`, `DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(event.end)}`, `SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    for (const minutes of event.alarmsMinutesBefore ?? []) {
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${minutes}M`, "END:VALARM");
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** TEXT values: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after CRLF and one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
