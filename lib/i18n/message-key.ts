import type { Messages } from "./messages";

// Schemas and services answer in keys of the `errors` messages, not in words (docs/decisions/0090):
// one schema serves the form in the browser and the action on the server, is loaded lazily by
// the form (0097), and is the same for every language; whoever shows the message to a person
// translates it in that person's language. Values travel in the key: "errors.tooLong?max=100".

export type ErrorKey = keyof Messages["errors"];

const PREFIX = "errors.";

export function messageKey(key: ErrorKey, values?: Record<string, string | number>): string {
  const query = values ? new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)])).toString() : "";
  return `${PREFIX}${key}${query ? `?${query}` : ""}`;
}

/** A message key taken apart, or null when the message is already words (a surface not yet translated). */
export function parseMessageKey(message: string): { key: ErrorKey; values: Record<string, string> } | null {
  if (!message.startsWith(PREFIX)) return null;
  const [key = "", query = ""] = message.slice(PREFIX.length).split("?", 2);
  if (!/^[A-Za-z]+$/.test(key)) return null;
  return { key: key as ErrorKey, values: Object.fromEntries(new URLSearchParams(query)) };
}
