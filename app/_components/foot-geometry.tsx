import type { ReactNode } from "react";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";

// The drawing of both feet, shared by the map people pick places on (FootMap) and the read-only
// heat map of the Trends page. Shapes are drawn once for a foot with its big toe on the left and
// mirrored for the other views. No "use client": server components draw it too.

export const SOLE_OUTLINE = "M 12 50 C 12 40 30 36 50 38 C 75 40 95 46 94 62 C 93 95 84 125 80 150 C 77 178 68 196 50 196 C 32 196 20 182 20 160 C 20 130 10 100 12 50 Z";
export const TOES = [
  { cx: 24, cy: 26, r: 14 },
  { cx: 46, cy: 19, r: 10 },
  { cx: 63, cy: 22, r: 9 },
  { cx: 77, cy: 29, r: 8 },
  { cx: 88, cy: 40, r: 7 },
];

export type RegionShape = {
  region: FootRegion;
  shape: (clipPath: string) => ReactNode;
  marker: { x: number; y: number };
  /** A short word drawn on the region, so it can be found without hovering; vertical on the narrow sides. */
  /** Where the region's short name (footMap.short) is written. */
  label?: { x: number; y: number; vertical?: boolean };
};

export const TOP_REGIONS: RegionShape[] = [
  { region: "BETWEEN_TOES", shape: (clipPath) => <rect x="0" y="36" width="100" height="25" clipPath={clipPath} />, marker: { x: 84, y: 52 }, label: { x: 50, y: 52 } },
  { region: "TOP", shape: (clipPath) => <rect x="0" y="61" width="100" height="81" clipPath={clipPath} />, marker: { x: 52, y: 88 }, label: { x: 52, y: 108 } },
  { region: "ANKLE", shape: (clipPath) => <rect x="0" y="142" width="100" height="60" clipPath={clipPath} />, marker: { x: 50, y: 160 }, label: { x: 50, y: 180 } },
  {
    region: "TOES",
    shape: () => (
      <>
        {TOES.map((toe) => (
          <circle key={toe.cx} cx={toe.cx} cy={toe.cy} r={toe.r} />
        ))}
      </>
    ),
    marker: { x: 24, y: 32 },
  },
  {
    region: "TOENAILS",
    shape: () => (
      <>
        {TOES.map((toe) => (
          <ellipse key={toe.cx} cx={toe.cx} cy={toe.cy - toe.r * 0.35} rx={toe.r * 0.62} ry={toe.r * 0.6} />
        ))}
      </>
    ),
    marker: { x: 24, y: 21 },
  },
];

export const SOLE_REGIONS: RegionShape[] = [
  { region: "BALL", shape: (clipPath) => <rect x="0" y="36" width="100" height="50" clipPath={clipPath} />, marker: { x: 52, y: 52 }, label: { x: 52, y: 72 } },
  { region: "ARCH", shape: (clipPath) => <rect x="0" y="86" width="100" height="58" clipPath={clipPath} />, marker: { x: 50, y: 104 }, label: { x: 50, y: 124 } },
  { region: "HEEL", shape: (clipPath) => <rect x="0" y="144" width="100" height="58" clipPath={clipPath} />, marker: { x: 50, y: 160 }, label: { x: 50, y: 180 } },
  { region: "INNER_SIDE", shape: (clipPath) => <rect x="0" y="70" width="30" height="100" clipPath={clipPath} />, marker: { x: 22, y: 150 }, label: { x: 22, y: 118, vertical: true } },
  { region: "OUTER_SIDE", shape: (clipPath) => <rect x="72" y="60" width="34" height="105" clipPath={clipPath} />, marker: { x: 80, y: 145 }, label: { x: 82, y: 110, vertical: true } },
];

/** The toe pads seen from below: the toes, choosable on the soles too. */
export const SOLE_TOES: RegionShape = {
  region: "TOES",
  shape: () => (
    <>
      {TOES.map((toe) => (
        <circle key={toe.cx} cx={toe.cx} cy={toe.cy} r={toe.r} />
      ))}
    </>
  ),
  marker: { x: 24, y: 26 },
};

export type View = { foot: Foot; side: "top" | "sole"; mirrored: boolean };

// Looking down at your own feet the big toes point inwards; the soles are their mirror image.
export const TOP_VIEWS: View[] = [
  { foot: "LEFT", side: "top", mirrored: true },
  { foot: "RIGHT", side: "top", mirrored: false },
];
export const SOLE_VIEWS: View[] = [
  { foot: "LEFT", side: "sole", mirrored: false },
  { foot: "RIGHT", side: "sole", mirrored: true },
];

/** The places the Trends heat map shades on a view: those seen from above, or those of the sole. */
export function heatRegionsOf(view: View): RegionShape[] {
  return view.side === "top" ? TOP_REGIONS : SOLE_REGIONS;
}

/**
 * One foot in one view: the outline (with toe pads on the sole), the regions drawn by `children`
 * (given the clip-path that keeps them inside the outline), then the region words, kept readable
 * in mirrored views. `clipId` must be unique in the page.
 */
export function FootDrawing({
  view,
  regions,
  clipId,
  className,
  children,
  overlay,
}: {
  view: View;
  regions: RegionShape[];
  clipId: string;
  className: string;
  children: (clipPath: string) => ReactNode;
  overlay?: ReactNode;
}) {
  const t = useTranslations("footMap");
  return (
    <div className="flex flex-col items-center">
      <svg viewBox="0 0 100 200" className={`h-auto w-full ${className}`} role="group" aria-label={t("view", { foot: view.foot, side: view.side })}>
        <defs>
          <clipPath id={clipId}>
            <path d={SOLE_OUTLINE} />
          </clipPath>
        </defs>
        <g transform={view.mirrored ? "translate(100 0) scale(-1 1)" : undefined}>
          {view.side === "sole" ? TOES.map((toe) => <circle key={toe.cx} cx={toe.cx} cy={toe.cy} r={toe.r} className="fill-slate-100 stroke-slate-400" />) : null}
          <path d={SOLE_OUTLINE} className="fill-slate-100 stroke-slate-500" strokeWidth="1.5" />
          {children(`url(#${clipId})`)}
        </g>
        <g aria-hidden="true" className="pointer-events-none fill-slate-700 text-[8px] font-semibold">
          {regions.flatMap(({ region, label }) => {
            if (!label) return [];
            const x = view.mirrored ? 100 - label.x : label.x;
            return [
              <text key={region} x={x} y={label.y} textAnchor="middle" transform={label.vertical ? `rotate(-90 ${x} ${label.y})` : undefined}>
                {t(`short.${region}`)}
              </text>,
            ];
          })}
        </g>
        {overlay}
      </svg>
      <span className="font-semibold">{t("side", { foot: view.foot })}</span>
    </div>
  );
}
