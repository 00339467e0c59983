"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type CSSProperties, type KeyboardEvent } from "react";

/** A point of a chart as the reader tells it: where it is (0–1 across the plot), what it says, what it opens. */
export type ReadablePoint = { at: number; text: string; href: string | null };

/**
 * The one piece of a chart that runs in the browser: laid over the server-drawn plot, it reads
 * the point nearest the pointer, or the one chosen with the arrow keys (a slider, so a screen
 * reader announces each), and opens that point's checks on click or Enter. Without JavaScript the
 * table under the chart has the same figures and links.
 */
export function ChartReader({ label, points, style }: { label: string; points: ReadablePoint[]; style: CSSProperties }) {
  const t = useTranslations("charts");
  const router = useRouter();
  const [index, setIndex] = useState<number | null>(null);
  const point = index === null ? null : points[index];

  const nearest = (event: { currentTarget: HTMLDivElement; clientX: number }) => {
    const box = event.currentTarget.getBoundingClientRect();
    const at = (event.clientX - box.left) / box.width;
    let best = 0;
    for (let i = 1; i < points.length; i++) if (Math.abs(points[i]!.at - at) < Math.abs(points[best]!.at - at)) best = i;
    return best;
  };
  const open = (chosen: ReadablePoint | null | undefined) => {
    if (chosen?.href) router.push(chosen.href);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    const current = index ?? -1;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowUp"
        ? Math.min(last, current + 1)
        : event.key === "ArrowLeft" || event.key === "ArrowDown"
          ? Math.max(0, current === -1 ? last : current - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next !== null) {
      event.preventDefault();
      setIndex(next);
    } else if (event.key === "Enter") open(point);
  };

  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={1}
      aria-valuemax={points.length}
      aria-valuenow={(index ?? 0) + 1}
      aria-valuetext={point ? point.text : t("readerHint")}
      className={`absolute rounded-sm outline-offset-4 focus-visible:outline-3 focus-visible:outline-brand-700 print:hidden ${point?.href ? "cursor-pointer" : ""}`}
      style={style}
      onPointerMove={(event) => setIndex(nearest(event))}
      onPointerLeave={() => setIndex(null)}
      onFocus={() => setIndex((current) => current ?? points.length - 1)}
      onBlur={() => setIndex(null)}
      onClick={(event) => open(points[nearest(event)])}
      onKeyDown={onKeyDown}
    >
      {point ? (
        <>
          <div className="pointer-events-none absolute inset-y-0 w-px bg-slate-900" style={{ left: `${point.at * 100}%` }} />
          <div
            className="pointer-events-none absolute top-0 z-10 w-max max-w-56 rounded-md border border-slate-400 bg-white p-2 text-sm shadow-md"
            style={point.at > 0.5 ? { right: `${(1 - point.at) * 100}%`, marginRight: "0.5rem" } : { left: `${point.at * 100}%`, marginLeft: "0.5rem" }}
          >
            {point.text}
            {point.href ? <span className="block text-slate-700">{t("readerOpen")}</span> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
