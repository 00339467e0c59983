"use client";

import { useId, type KeyboardEvent, type ReactNode } from "react";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { FootDrawing, regionName, SOLE_REGIONS, SOLE_VIEWS, TOP_REGIONS, TOP_VIEWS, type RegionShape, type View } from "./foot-geometry";

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
  const clipId = `foot-outline-${useId().replace(/:/g, "")}`;
  return (
    <FootDrawing view={view} regions={regions} clipId={clipId} className="max-w-44">
      {(clipPath) =>
        regions.map(({ region, shape, marker }) => (
          <RegionButton key={region} foot={view.foot} region={region} marker={marker} chosen={chosen.has(spotKey(view.foot, region))} onChoose={onChoose}>
            {shape(clipPath)}
          </RegionButton>
        ))
      }
    </FootDrawing>
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
