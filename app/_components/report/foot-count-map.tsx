import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { FOOT_LABELS, REGION_LABELS } from "@/lib/foot-health/vocabulary";
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
const SHORT: Record<FootRegion, string> = {
  TOENAILS: "nails",
  TOES: "toes",
  BETWEEN_TOES: "betw.",
  BALL: "ball",
  TOP: "top",
  INNER_SIDE: "inner",
  ARCH: "arch",
  OUTER_SIDE: "outer",
  HEEL: "heel",
  ANKLE: "ankle",
};

export function FootCountMap({ spots }: { spots: { foot: Foot; region: FootRegion; count: number }[] }) {
  const max = Math.max(1, ...spots.map((spot) => spot.count));
  const countOf = (foot: Foot, region: FootRegion) => spots.find((spot) => spot.foot === foot && spot.region === region)?.count ?? 0;
  return (
    <div className="report-keep grid grid-cols-1 gap-4 sm:grid-cols-2 print:grid-cols-2">
      <div className="grid grid-cols-2 gap-2" role="img" aria-label="Foot map: how many checks noted something at each place; the same figures are in the table beside it">
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
                    {SHORT[region]}
                  </text>
                </g>
              );
            })}
            <text x="50" y="212" textAnchor="middle" fontSize="11" fontWeight="700" fill="#000">
              {FOOT_LABELS[foot]}
            </text>
          </svg>
        ))}
      </div>
      <table className="report-table self-start">
        <caption className="text-left font-semibold">Checks noting something, by place</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Checks</th>
          </tr>
        </thead>
        <tbody>
          {spots.length === 0 ? (
            <tr>
              <td colSpan={2}>Nothing was noted in this period.</td>
            </tr>
          ) : (
            spots.map((spot) => (
              <tr key={`${spot.foot}:${spot.region}`}>
                <td>
                  {FOOT_LABELS[spot.foot]}, {REGION_LABELS[spot.region].toLowerCase()}
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
