import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/translator";
import { SOLE_OUTLINE } from "../foot-geometry";

// The report's map of both feet, drawn for paper: each region is a labelled circle holding its
// count, shaded darker the more often something was noted there. The number carries the meaning,
// so it reads in black and white; the table beside it gives the same figures.

/** Where each region's circle sits on a right foot (big toe on the left); the left foot is mirrored. */
const SPOTS: Record<FootRegion, { x: number; y: number }> = {
  TOENAILS: { x: 24, y: 14 },
  TOES: { x: 55, y: 20 },
  BETWEEN_TOES: { x: 75, y: 44 },
  BALL: { x: 42, y: 60 },
  TOP: { x: 60, y: 84 },
  INNER_SIDE: { x: 21, y: 108 },
  ARCH: { x: 50, y: 114 },
  OUTER_SIDE: { x: 81, y: 108 },
  ANKLE: { x: 50, y: 148 },
  HEEL: { x: 50, y: 180 },
};

export function FootCountMap({ spots, locale }: { spots: { foot: Foot; region: FootRegion; count: number }[]; locale: string }) {
  const t = translatorFor(locale, "reportParts");
  const words = translatorFor(locale, "vocabulary");
  const max = Math.max(1, ...spots.map((spot) => spot.count));
  const countOf = (foot: Foot, region: FootRegion) => spots.find((spot) => spot.foot === foot && spot.region === region)?.count ?? 0;
  return (
    <div className="report-keep grid grid-cols-1 gap-4 sm:grid-cols-2 print:grid-cols-2">
      <div className="grid grid-cols-2 gap-2" role="img" aria-label={t("mapLabel")}>
        {(["LEFT", "RIGHT"] as const).map((foot) => (
          <svg key={foot} viewBox="0 0 100 215" className="h-auto w-full max-w-48" aria-hidden="true">
            <g transform={foot === "LEFT" ? "translate(100 0) scale(-1 1)" : undefined}>
              <path d={SOLE_OUTLINE} fill="#fff" stroke="#000" strokeWidth="1.2" />
            </g>
            {(Object.keys(SPOTS) as FootRegion[]).map((region) => {
              const count = countOf(foot, region);
              const { x: rawX, y } = SPOTS[region];
              const x = foot === "LEFT" ? 100 - rawX : rawX;
              const shade = count === 0 ? 1 : 0.85 - (count / max) * 0.6;
              const grey = Math.round(shade * 255);
              return (
                <g key={region}>
                  <circle cx={x} cy={y} r="9.5" fill={`rgb(${grey},${grey},${grey})`} stroke="#000" strokeWidth={count ? 1.2 : 0.5} strokeDasharray={count ? undefined : "2 1.5"} />
                  <text x={x} y={y + 3.5} textAnchor="middle" fontSize="10" fontWeight="700" fill={shade < 0.5 ? "#fff" : "#000"}>
                    {count || ""}
                  </text>
                  <text x={x} y={y + 17} textAnchor="middle" fontSize="6.5" fill="#000" className="report-map-label">
                    {t(`mapShort.${region}`)}
                  </text>
                </g>
              );
            })}
            <text x="50" y="212" textAnchor="middle" fontSize="11" fontWeight="700" fill="#000">
              {words(`feet.${foot}`)}
            </text>
          </svg>
        ))}
      </div>
      <table className="report-table self-start">
        <caption className="text-left font-semibold">{t("mapTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("placeColumn")}</th>
            <th scope="col">{t("checksColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {spots.length === 0 ? (
            <tr>
              <td colSpan={2}>{t("nothingNoted")}</td>
            </tr>
          ) : (
            spots.map((spot) => (
              <tr key={`${spot.foot}:${spot.region}`}>
                <td>
                  {t("place", { foot: words(`feet.${spot.foot}`), region: words(`regionsInSentence.${spot.region}`) })}
                </td>
                <td>{spot.count}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
