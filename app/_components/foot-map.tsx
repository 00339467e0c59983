"use client";

import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { buttonClass } from "./button";
import { useRegionName } from "./region-name";
import { FootDrawing, SOLE_REGIONS, SOLE_TOES, SOLE_VIEWS, TOP_REGIONS, TOP_VIEWS, type RegionShape, type View } from "./foot-geometry";

// Both feet, seen from above and from below (shapes in ./foot-geometry). Each region is a button:
// tap it, or Tab to it and press Enter or Space. Chosen regions are marked by colour, a thick
// outline and a dot, so colour does not carry the meaning alone.
//
// For thumbs: with both feet side by side on a phone, the toes, toenails and the sides of the sole
// are smaller than a fingertip, so there they only open a zoomed view of that one foot, where every
// region is at least 24 × 24 CSS px (WCAG 2.2 target size; measured in e2e/phone.spec.ts).
// For keyboards: Tab goes round each foot in the order below, each region is announced with its
// place in it ("Left foot, sole, heel, 4 of 6"), choosing keeps focus on the map, and the next Tab
// from a region just chosen goes to its observation. The focus ring is drawn last, above every
// outline.

export type SpotKey = `${Foot}:${FootRegion}`;
export const spotKey = (foot: Foot, region: FootRegion): SpotKey => `${foot}:${region}`;
export { useRegionName };

type Side = View["side"];

/** Round each foot from the toes, then its middle. */
const TAB_ORDER: Record<Side, FootRegion[]> = {
  top: ["TOENAILS", "TOES", "BETWEEN_TOES", "TOP", "ANKLE"],
  sole: ["TOES", "BALL", "OUTER_SIDE", "HEEL", "INNER_SIDE", "ARCH"],
};
/** Drawn in this order: the small regions last, on top of the large ones they overlap. */
const SHAPES: Record<Side, RegionShape[]> = { top: TOP_REGIONS, sole: [...SOLE_REGIONS, SOLE_TOES] };
/** Chosen in the zoomed view only. */
const SMALL: ReadonlySet<FootRegion> = new Set(["TOES", "TOENAILS", "INNER_SIDE", "OUTER_SIDE"]);

type Props = {
  /** Whose feet, when a carer records for someone (their name); unset: the person's own. */
  whose?: string;
  chosen: ReadonlySet<SpotKey>;
  onChoose: (foot: Foot, region: FootRegion) => void;
  /** Moves focus to the observation of a chosen region. */
  onGoToObservation: (foot: Foot, region: FootRegion) => void;
};

export function FootMap({ whose, ...props }: Props) {
  const t = useTranslations("footMap");
  const regionName = useRegionName();
  const [announcement, setAnnouncement] = useState("");
  const choose = (foot: Foot, region: FootRegion) => {
    const already = props.chosen.has(spotKey(foot, region));
    if (!already) props.onChoose(foot, region);
    setAnnouncement(t(already ? "alreadyChosen" : "added", { region: regionName(foot, region) }));
  };
  return (
    <div className="flex flex-col gap-4">
      <FeetView title={whose ? t("theirTops", { name: whose }) : t("yourTops")} side="top" views={TOP_VIEWS} {...props} onChoose={choose} />
      <FeetView title={whose ? t("theirSoles", { name: whose }) : t("yourSoles")} side="sole" views={SOLE_VIEWS} {...props} onChoose={choose} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function FeetView({ title, side, views, ...props }: Props & { title: string; side: Side; views: View[] }) {
  const t = useTranslations("footMap");
  const [zoomed, setZoomed] = useState<Foot | null>(null);
  const zoomButtons = useRef<Partial<Record<Foot, HTMLButtonElement | null>>>({});
  const zoomedView = views.find((view) => view.foot === zoomed);

  const zoomOut = () => {
    const foot = zoomed;
    setZoomed(null);
    if (foot) requestAnimationFrame(() => zoomButtons.current[foot]?.focus());
  };

  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="font-semibold">{title}</figcaption>
      {zoomedView ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-slate-300 bg-white p-2">
          <FootSvg view={zoomedView} zoomed focusFirst {...props} />
          <button type="button" className={buttonClass("secondary")} onClick={zoomOut}>
            {t("backToBoth")}
          </button>
        </div>
      ) : (
        <div className="grid grid-cols-2 gap-2 rounded-lg border border-slate-300 bg-white p-2">
          {views.map((view) => (
            <div key={view.foot} className="flex flex-col items-center gap-1">
              <FootSvg view={view} zoomed={false} onZoom={() => setZoomed(view.foot)} {...props} />
              <button
                type="button"
                ref={(element) => {
                  zoomButtons.current[view.foot] = element;
                }}
                className="min-h-11 rounded-md px-2 font-semibold text-brand-700 underline"
                aria-label={t("zoomLabel", { foot: view.foot, side })}
                onClick={() => setZoomed(view.foot)}
              >
                {t("zoomIn")}
              </button>
            </div>
          ))}
        </div>
      )}
    </figure>
  );
}

function FootSvg({
  view,
  zoomed,
  focusFirst,
  onZoom,
  chosen,
  onChoose,
  onGoToObservation,
}: Props & { view: View; zoomed: boolean; focusFirst?: boolean; onZoom?: () => void }) {
  const clipId = `foot-outline-${view.foot}-${view.side}${zoomed ? "-zoomed" : ""}`;
  const order = TAB_ORDER[view.side].filter((region) => zoomed || !SMALL.has(region));
  const t = useTranslations("footMap");
  const words = useTranslations("vocabulary");
  const regionName = useRegionName();
  const elements = useRef<Partial<Record<FootRegion, SVGGElement | null>>>({});
  // One tab stop per foot (the region Tab last reached); Tab and Shift+Tab move round the foot.
  const [entry, setEntry] = useState(0);
  const [ring, setRing] = useState<{ region: FootRegion; box: DOMRect } | null>(null);
  const [justChosen, setJustChosen] = useState<FootRegion | null>(null);

  const focusAt = (index: number) => {
    setEntry(index);
    elements.current[order[index]!]?.focus();
  };

  const onKeyDown = (region: FootRegion, event: KeyboardEvent) => {
    const index = order.indexOf(region);
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onChoose(view.foot, region);
      setJustChosen(region);
    } else if (event.key === "Tab" && !event.shiftKey && justChosen === region && chosen.has(spotKey(view.foot, region))) {
      event.preventDefault();
      onGoToObservation(view.foot, region);
    } else if (event.key === "Tab" && !event.shiftKey && index < order.length - 1) {
      event.preventDefault();
      focusAt(index + 1);
    } else if (event.key === "Tab" && event.shiftKey && index > 0) {
      event.preventDefault();
      focusAt(index - 1);
    }
  };

  const onFocus = (region: FootRegion, event: FocusEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const from = event.relatedTarget;
    // Coming back with Shift+Tab from after the map lands on the last region, not the first.
    if (svg && from instanceof Node && !svg.contains(from) && svg.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING && region !== order.at(-1)) {
      focusAt(order.length - 1);
      return;
    }
    setEntry(order.indexOf(region));
    if (justChosen !== region) setJustChosen(null);
    setRing(event.currentTarget.matches(":focus-visible") ? { region, box: event.currentTarget.getBBox() } : null);
  };

  return (
    <FootDrawing view={view} regions={SHAPES[view.side]} clipId={clipId} className={zoomed ? "max-w-sm" : "max-w-44"}>
      {(clipPath) => (
        <>
          {SHAPES[view.side].map(({ region, shape, marker }) => {
            const isChosen = chosen.has(spotKey(view.foot, region));
            const index = order.indexOf(region);
            if (index < 0) {
              return (
                <g key={region} aria-hidden="true" onClick={onZoom} className={`cursor-zoom-in ${isChosen ? "fill-amber-300 stroke-amber-900" : "fill-sky-50 stroke-slate-500"}`} strokeWidth={isChosen ? 3 : 1}>
                  {shape(clipPath)}
                </g>
              );
            }
            return (
              <RegionButton
                key={region}
                ref={(element) => {
                  elements.current[region] = element;
                  if (element && focusFirst && index === 0 && !element.dataset.focused) {
                    element.dataset.focused = "1";
                    element.focus();
                  }
                }}
                label={t("regionButton", { foot: view.foot, side: view.side, region: words(`regionsInSentence.${region}`), position: index + 1, count: order.length })}
                title={regionName(view.foot, region)}
                marker={marker}
                chosen={isChosen}
                tabIndex={index === entry ? 0 : -1}
                onClick={() => {
                  onChoose(view.foot, region);
                  setJustChosen(region);
                }}
                onKeyDown={(event) => onKeyDown(region, event)}
                onFocus={(event) => onFocus(region, event)}
                onBlur={() => setRing(null)}
              >
                {shape(clipPath)}
              </RegionButton>
            );
          })}
          {ring ? <FocusRing box={ring.box} /> : null}
        </>
      )}
    </FootDrawing>
  );
}

function RegionButton({
  ref,
  label,
  title,
  marker,
  chosen,
  tabIndex,
  onClick,
  onKeyDown,
  onFocus,
  onBlur,
  children,
}: {
  ref: (element: SVGGElement | null) => void;
  label: string;
  title: string;
  marker: { x: number; y: number };
  chosen: boolean;
  tabIndex: number;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: (event: FocusEvent<SVGGElement>) => void;
  onBlur: () => void;
  children: ReactNode;
}) {
  return (
    <g
      ref={ref}
      role="button"
      tabIndex={tabIndex}
      aria-label={label}
      aria-pressed={chosen}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      className={`foot-region cursor-pointer ${chosen ? "fill-amber-300 stroke-amber-900" : "fill-sky-50 stroke-slate-500 hover:fill-sky-200"}`}
      strokeWidth={chosen ? 3 : 1}
    >
      <title>{title}</title>
      {children}
      {chosen ? <circle cx={marker.x} cy={marker.y} r="5" className="fill-amber-900 stroke-white" strokeWidth="1.5" /> : null}
    </g>
  );
}

/**
 * The keyboard focus, drawn after every region so no outline covers it: a thick dark-orange frame
 * on a white one (visible on any fill), kept inside the drawing and a fixed width whatever the zoom.
 */
function FocusRing({ box }: { box: DOMRect }) {
  const x = Math.max(box.x, 6);
  const y = Math.max(box.y, 2);
  const width = Math.min(box.x + box.width, 98) - x;
  const height = Math.min(box.y + box.height, 198) - y;
  return (
    <g className="pointer-events-none" fill="none" data-testid="foot-focus-ring">
      <rect x={x} y={y} width={width} height={height} rx="3" stroke="#fff" strokeWidth="8" vectorEffect="non-scaling-stroke" />
      <rect x={x} y={y} width={width} height={height} rx="3" stroke="#b45309" strokeWidth="4" vectorEffect="non-scaling-stroke" />
    </g>
  );
}
