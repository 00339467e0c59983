import type { TrendsParams } from "@/lib/trends/range";

/** The dashboard's address with some choices changed; defaults are left out to keep links short. */
export function trendsHref(params: TrendsParams, change: Partial<TrendsParams>): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.range !== "30d") query.set("range", next.range);
  if (next.range === "custom" && next.from && next.to) {
    query.set("from", next.from);
    query.set("to", next.to);
  }
  for (const key of ["kind", "foot", "region"] as const) if (next[key]) query.set(key, next[key]);
  if (next.heat !== "count") query.set("heat", next.heat);
  const text = query.toString();
  return text ? `/trends?${text}` : "/trends";
}
