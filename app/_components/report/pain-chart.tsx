import { addLocalDays, daysBetween } from "@/lib/time/calendar";
import { formatShortDate } from "@/lib/report/wording";

// Pain over time as static SVG, drawn on the server for screen and paper alike: black lines and
// dots, a dashed line at strong pain, labelled axes. The data are also in the table of checks, and
// the caption says what the chart shows in words.

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 36;

export function PainChart({ days, from, to, locale, summary }: { days: { localDate: string; mean: number }[]; from: string; to: string; locale: string; summary: string }) {
  const span = Math.max(1, daysBetween(from, to));
  const x = (date: string) => LEFT + (daysBetween(from, date) / span) * (WIDTH - LEFT - RIGHT);
  const y = (pain: number) => TOP + (1 - pain / 10) * (HEIGHT - TOP - BOTTOM);
  const points = days.map((day) => `${x(day.localDate).toFixed(1)},${y(day.mean).toFixed(1)}`).join(" ");
  const middle = addLocalDays(from, Math.round(span / 2));
  return (
    <figure className="report-keep flex flex-col gap-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby="pain-chart-caption">
        {[0, 2, 4, 6, 8, 10].map((pain) => (
          <g key={pain}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(pain)} y2={y(pain)} stroke="#999" strokeWidth="0.5" />
            <text x={LEFT - 6} y={y(pain) + 4} textAnchor="end" fontSize="11" fill="#000">
              {pain}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(7)} y2={y(7)} stroke="#000" strokeWidth="1" strokeDasharray="4 3" />
        <text x={WIDTH - RIGHT} y={y(7) - 3} textAnchor="end" fontSize="10" fill="#000">
          strong pain (7)
        </text>
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} stroke="#000" />
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#000" />
        {[from, middle, to].map((date, index) => (
          <text key={date + index} x={x(date)} y={HEIGHT - BOTTOM + 16} textAnchor={index === 0 ? "start" : index === 2 ? "end" : "middle"} fontSize="11" fill="#000">
            {formatShortDate(date, locale)}
          </text>
        ))}
        <text x={LEFT} y={HEIGHT - 4} fontSize="10" fill="#000">
          Daily pain (0–10, the mean of that day&apos;s checks)
        </text>
        {days.length > 1 ? <polyline points={points} fill="none" stroke="#000" strokeWidth="1.5" strokeLinejoin="round" /> : null}
        {days.map((day) => (
          <circle key={day.localDate} cx={x(day.localDate)} cy={y(day.mean)} r={days.length > 120 ? 1.4 : 2.5} fill="#000" />
        ))}
      </svg>
      <figcaption id="pain-chart-caption">{summary}</figcaption>
    </figure>
  );
}
