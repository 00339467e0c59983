"use client";

import { useId, type KeyboardEvent, type ReactNode } from "react";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { FOOT_LABELS } from "@/lib/journal/vocabulary";
import { regionName, SOLE_OUTLINE, SOLE_REGIONS, SOLE_VIEWS, TOES, TOP_REGIONS, TOP_VIEWS, type RegionShape, type View } from "./foot-geometry";

// Both feet, seen from above and from below (shapes in ./foot-geometry). Each region is a button:
// click or tap it, or Tab to it and press Enter or Space. Chosen regions are marked by colour, a
// thick outline and a dot, so colour does not carry the meaning alone.

export type SpotKey = `${Foot}:${FootRegion}`;
export const spotKey = (foot: Foot, region: FootRegion): SpotKey => `${foot}:${region}`;
export { regionName };

type Props = {
  chosen: ReadonlySet<SpotKey>;
  onChoose: (foot: Foot, region: FootRegion) => void;
};

export function FootMap({ chosen, onChoose }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <FeetView title="Tops of your feet" views={TOP_VIEWS} regions={TOP_REGIONS} chosen={chosen} onChoose={onChoose} />
      <FeetView title="Soles of your feet" views={SOLE_VIEWS} regions={SOLE_REGIONS} chosen={chosen} onChoose={onChoose} />
    </div>
  );
}

function FeetView({ title, views, regions, chosen, onChoose }: Props & { title: string; views: View[]; regions: RegionShape[] }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="grid grid-cols-2 gap-2 rounded-lg border border-slate-300 bg-white p-2">
        {views.map((view) => (
          <FootSvg key={view.foot} view={view} regions={regions} chosen={chosen} onChoose={onChoose} />
        ))}
      </div>
    </figure>
  );
}

function FootSvg({ view, regions, chosen, onChoose }: Props & { view: View; regions: RegionShape[] }) {
  // Each drawing needs its own clip-path id: ids must be unique in the page.
  const clipId = `foot-outline-${useId().replace(/:/g, "")}`;
  return (
          <div className="flex flex-col items-center">
            <svg viewBox="0 0 100 200" className="h-auto w-full max-w-44" role="group" aria-label={`${FOOT_LABELS[view.foot]}, ${view.side === "top" ? "from above" : "sole"}`}>
              <defs>
                <clipPath id={clipId}>
                  <path d={SOLE_OUTLINE} />
                </clipPath>
              </defs>
              <g transform={view.mirrored ? "translate(100 0) scale(-1 1)" : undefined}>
                {view.side === "sole"
                  ? TOES.map((toe) => <circle key={toe.cx} cx={toe.cx} cy={toe.cy} r={toe.r} className="fill-slate-100 stroke-slate-400" />)
                  : null}
                <path d={SOLE_OUTLINE} className="fill-slate-100 stroke-slate-500" strokeWidth="1.5" />
                {regions.map(({ region, shape, marker }) => (
                  <RegionButton key={region} foot={view.foot} region={region} marker={marker} chosen={chosen.has(spotKey(view.foot, region))} onChoose={onChoose}>
                    {shape(`url(#${clipId})`)}
                  </RegionButton>
                ))}
              </g>
              <g aria-hidden="true" className="pointer-events-none fill-slate-700 text-[8px] font-semibold">
                {regions.flatMap(({ region, label }) => {
                  if (!label) return [];
                  const x = view.mirrored ? 100 - label.x : label.x;
                  return [
                    <text key={region} x={x} y={label.y} textAnchor="middle" transform={label.vertical ? `rotate(-90 ${x} ${label.y})` : undefined}>
                      {label.text}
                    </text>,
                  ];
                })}
              </g>
            </svg>
            <span className="font-semibold">{view.foot === "LEFT" ? "Left" : "Right"}</span>
          </div>
  );
}

function RegionButton({
  foot,
  region,
  marker,
  chosen,
  onChoose,
  children,
}: {
  foot: Foot;
  region: FootRegion;
  marker: { x: number; y: number };
  chosen: boolean;
  onChoose: Props["onChoose"];
  children: ReactNode;
}) {
  const name = regionName(foot, region);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onChoose(foot, region);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={chosen ? `${name} (chosen)` : name}
      aria-pressed={chosen}
      onClick={() => onChoose(foot, region)}
      onKeyDown={onKeyDown}
      className={`foot-region cursor-pointer ${chosen ? "fill-amber-300 stroke-amber-900" : "fill-sky-50 stroke-slate-500 hover:fill-sky-200"}`}
      strokeWidth={chosen ? 3 : 1}
    >
      <title>{name}</title>
      {children}
      {chosen ? <circle cx={marker.x} cy={marker.y} r="5" className="fill-amber-900 stroke-white" strokeWidth="1.5" /> : null}
    </g>
  );
}
