import { useTranslations } from "next-intl";
import type { RecentPain } from "@/lib/trends/dashboard";
import { RECENT_PAIN_CHART, recentPainBars, recentPainSummary } from "@/lib/trends/recent-pain";

/** The last 14 days of pain as bars, server-rendered SVG, with the same in one sentence beside it. */
export function RecentPainChart({ recent, locale }: { recent: RecentPain; locale: string }) {
  const { width, height, plotTop, plotBottom } = RECENT_PAIN_CHART;
  const bars = recentPainBars(recent, locale);
  const summary = recentPainSummary(recent, locale);
  const t = useTranslations("today");
  const strong = plotBottom - 7 * ((plotBottom - plotTop) / 10);
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-md" role="img" aria-labelledby="recent-pain-summary">
        <line x1={0} x2={width} y1={plotBottom} y2={plotBottom} stroke="#52606d" />
        <line x1={0} x2={width} y1={strong} y2={strong} stroke="#b91c1c" strokeDasharray="4 3" />
        <text x={width} y={strong - 3} textAnchor="end" fontSize="10" fill="#7f1d1d">
          7
        </text>
        {bars.map((bar) =>
          bar.max === null ? (
            <line key={bar.localDate} x1={bar.x} x2={bar.x + RECENT_PAIN_CHART.barWidth} y1={plotBottom - 1} y2={plotBottom - 1} stroke="#9aa5b1" strokeDasharray="2 2">
              <title>{bar.label}</title>
            </line>
          ) : (
            <rect key={bar.localDate} x={bar.x} y={bar.y} width={RECENT_PAIN_CHART.barWidth} height={bar.height} rx={2} fill="#0b5cab">
              <title>{bar.label}</title>
            </rect>
          ),
        )}
        <text x={0} y={height - 4} fontSize="11" fill="#1f2933">
          {bars[0]?.day}
        </text>
        <text x={width} y={height - 4} fontSize="11" fill="#1f2933" textAnchor="end">
          {t("chartToday")}
        </text>
      </svg>
      <figcaption id="recent-pain-summary" className="text-lg" data-testid="recent-pain-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
