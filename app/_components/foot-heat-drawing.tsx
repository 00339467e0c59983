"use client";

import type { FootRegion } from "@/lib/generated/prisma/enums";
import { Link } from "@/app/_components/link";
import { FootDrawing, heatRegionsOf, type View } from "./foot-geometry";

/**
 * A place on a heat drawing as the server worked it out: its shade, its number, and for a place
 * with checks, the link to them and its spoken name.
 */
export type HeatPlace = { fill: string; badge: string | null; link: { href: string; name: string } | null };

/** Where the number sits on each place; the two toe places get their own spots so they do not overlap. */
const BADGE_AT: Partial<Record<FootRegion, { x: number; y: number }>> = { TOES: { x: 46, y: 21 }, TOENAILS: { x: 22, y: 20 } };

/**
 * One foot of the Trends heat map. A client component so that the page sends its few figures
 * rather than every element of the drawing twice (as HTML and again to hydrate it).
 */
export function FootHeatDrawing({ view, places }: { view: View; places: Partial<Record<FootRegion, HeatPlace>> }) {
  const regions = heatRegionsOf(view);
  // Ids must be unique in the page: one clip path per drawing.
  const clipId = `heat-outline-${view.foot}-${view.side}`;
  const mirrorX = (x: number) => (view.mirrored ? 100 - x : x);
  return (
    <FootDrawing
      view={view}
      regions={regions}
      clipId={clipId}
      className="max-w-40"
      overlay={
        <g aria-hidden="true" className="pointer-events-none">
          {regions.map(({ region, marker }) => {
            const text = places[region]?.badge;
            if (!text) return null;
            const at = BADGE_AT[region] ?? marker;
            return (
              <g key={region}>
                <rect x={mirrorX(at.x) - (text.length * 2.6 + 3)} y={at.y - 6} width={text.length * 5.2 + 6} height="11" rx="3" fill="#ffffff" stroke="#0f172a" strokeWidth="0.8" />
                <text x={mirrorX(at.x)} y={at.y + 2.5} textAnchor="middle" fontSize="8" fontWeight="700" fill="#0f172a">
                  {text}
                </text>
              </g>
            );
          })}
        </g>
      }
    >
      {(clipPath) =>
        regions.map(({ region, shape }) => {
          const place = places[region];
          const drawing = (
            <g key={region} fill={place?.fill} stroke="#475569" strokeWidth="1">
              {shape(clipPath)}
            </g>
          );
          if (!place?.link) return drawing;
          return (
            <Link key={region} href={place.link.href} aria-label={place.link.name} className="heat-region">
              <title>{place.link.name}</title>
              {drawing}
            </Link>
          );
        })
      }
    </FootDrawing>
  );
}
