"use client";

import { useRouter } from "next/navigation";

/**
 * The props a time chart shares: clicking a point (or bar) opens the checks behind it. Keyboard
 * users reach the same links in the chart's table.
 */
export function useOpenPoint(points: readonly { href?: string | null }[]) {
  const router = useRouter();
  return {
    accessibilityLayer: false,
    margin: { top: 8, right: 8, bottom: 0, left: -20 },
    className: "cursor-pointer",
    onClick: (state: { activeIndex?: unknown }) => {
      const href = points[Number(state.activeIndex)]?.href;
      if (href) router.push(href);
    },
  };
}
