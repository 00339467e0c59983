import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { formatAtMost, formatDecimal } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { useRegionName } from "./region-name";
import { FootHeatDrawing, type HeatPlace } from "./foot-heat-drawing";
import { heatRegionsOf, SOLE_VIEWS, TOP_VIEWS, type View } from "./foot-geometry";

// Both feet, read-only: each place is shaded by how often something was noted there, or by its
// mean pain, and carries its number in a badge, so colour never carries the meaning alone. Places
// with data are links to the checks behind them.

export type HeatCell = { foot: Foot; region: FootRegion; count: number; days: number; meanPain: number | null; painCount: number };
export type HeatMode = "count" | "pain";

type Scale = { fill: string; label: string }[];
const COUNT_FILLS = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8"];
const PAIN_FILLS = ["#fef3c7", "#fcd34d", "#f59e0b", "#b45309"];
const EMPTY_FILL = "#f8fafc";

/** Four steps: counts relative to the busiest place, mean pain on the fixed 0–10 scale. */
function levelOf(cell: HeatCell | undefined, mode: HeatMode, maxCount: number): number | null {
  if (!cell) return null;
  if (mode === "pain") {
    if (cell.meanPain === null) return null;
    return cell.meanPain < 2.5 ? 0 : cell.meanPain < 5 ? 1 : cell.meanPain < 7.5 ? 2 : 3;
  }
  return Math.min(3, Math.floor(((cell.count - 1) * 4) / Math.max(1, maxCount)));
}

export function heatScale(mode: HeatMode, maxCount: number, locale: string): Scale {
  const t = translatorFor(locale, "charts");
  if (mode === "pain") {
    const bands = [[0, 2.4], [2.5, 4.9], [5, 7.4], [7.5, 10]].map(([low, high]) => `${formatDecimal(low!, locale, low! % 1 ? 1 : 0)}–${formatDecimal(high!, locale, high! % 1 ? 1 : 0)}`);
    return bands.map((band, i) => ({ fill: PAIN_FILLS[i]!, label: t("meanPainBand", { band }) }));
  }
  // The inverse of levelOf: level i holds counts c with i ≤ (c − 1) · 4 / max < i + 1.
  const step = Math.max(1, maxCount) / 4;
  return COUNT_FILLS.flatMap((fill, i) => {
    const low = Math.ceil(i * step + 1);
    const high = Math.ceil((i + 1) * step + 1) - 1;
    if (low > high) return [];
    return [{ fill, label: low === high ? t("times", { count: low }) : t("timesBetween", { low, high }) }];
  });
}

export function describeCell(cell: HeatCell, locale: string): string {
  const t = translatorFor(locale, "charts");
  const pain = cell.meanPain === null ? t("noPainGiven") : t("meanPainOf", { mean: formatAtMost(cell.meanPain, locale) });
  return t("cell", { count: cell.count, days: cell.days, pain });
}

export function FootHeatMap({
  cells,
  mode,
  locale,
  hrefFor,
}: {
  cells: HeatCell[];
  mode: HeatMode;
  locale: string;
  hrefFor: (foot: Foot, region: FootRegion) => string;
}) {
  const byPlace = new Map(cells.map((cell) => [`${cell.foot}:${cell.region}`, cell]));
  const maxCount = Math.max(0, ...cells.map((cell) => cell.count));
  const props = { byPlace, mode, maxCount, locale, hrefFor, regionName: useRegionName() };
  const t = translatorFor(locale, "charts");
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <HeatView title={t("tops")} views={TOP_VIEWS} {...props} />
        <HeatView title={t("soles")} views={SOLE_VIEWS} {...props} />
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t("colourKey")}>
        {heatScale(mode, maxCount, locale).map((step) => (
          <li key={step.fill} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-5 rounded border border-slate-500" style={{ backgroundColor: step.fill }} />
            {step.label}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block size-5 rounded border border-slate-500" style={{ backgroundColor: EMPTY_FILL }} />
          {mode === "pain" ? t("noPainScore") : t("nothingNoted")}
        </li>
      </ul>
    </div>
  );
}

type ViewProps = {
  byPlace: Map<string, HeatCell>;
  mode: HeatMode;
  maxCount: number;
  locale: string;
  hrefFor: (foot: Foot, region: FootRegion) => string;
  regionName: (foot: Foot, region: FootRegion) => string;
};

/** What the drawing of one foot shows on each place. */
function placesOf(view: View, { byPlace, mode, maxCount, locale, hrefFor, regionName }: ViewProps) {
  const t = translatorFor(locale, "charts");
  return Object.fromEntries(
    heatRegionsOf(view).map(({ region }): [FootRegion, HeatPlace] => {
      const cell = byPlace.get(`${view.foot}:${region}`);
      const level = levelOf(cell, mode, maxCount);
      const fill = level === null ? EMPTY_FILL : (mode === "pain" ? PAIN_FILLS : COUNT_FILLS)[level]!;
      if (!cell) return [region, { fill, badge: null, link: null }];
      const value = mode === "pain" ? cell.meanPain : cell.count;
      return [
        region,
        {
          fill,
          badge: value === null ? null : formatAtMost(value, locale),
          link: { href: hrefFor(view.foot, region), name: t("showPlace", { place: regionName(view.foot, region), cell: describeCell(cell, locale) }) },
        },
      ];
    }),
  );
}

function HeatView({ title, views, ...props }: ViewProps & { title: string; views: View[] }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="grid grid-cols-2 gap-2 rounded-lg border border-slate-300 bg-white p-2">
        {views.map((view) => (
          <FootHeatDrawing key={view.foot} view={view} places={placesOf(view, props)} />
        ))}
      </div>
    </figure>
  );
}
