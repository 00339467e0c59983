import { addLocalDays, daysBetween } from "@/lib/time/calendar";
import { translatorFor } from "@/lib/i18n/translator";
import { formatShortDate } from "@/lib/report/wording";

// Pain over time as static SVG, drawn on the server for screen and paper alike: black lines and
// dots, a dashed line at strong pain, labelled axes. The data are also in the table of checks, and
// the caption says what the chart shows in words.
//
// An SVG's text scales with its width, so one drawing cannot have readable text on both a phone
// and a page: the page (and paper, which must stay as it was) gets the wide drawing, a narrow
// screen its own narrower one whose text is at least 12 CSS px at 375 px wide.

type Layout = { width: number; height: number; left: number; right: number; top: number; bottom: number; label: number; small: number; axisTitle: string };

const WIDE: Layout = { width: 640, height: 220, left: 36, right: 12, top: 12, bottom: 36, label: 11, small: 10, axisTitle: "Daily pain (0–10, the mean of that day's checks)" };
const NARROW: Layout = { width: 300, height: 210, left: 26, right: 6, top: 14, bottom: 40, label: 13, small: 13, axisTitle: "Daily pain, 0–10 (mean)" };

type Props = { days: { localDate: string; mean: number }[]; from: string; to: string; locale: string; summary: string };

export function PainChart(props: Props) {
  return (
    <figure className="report-keep flex flex-col gap-2">
      <PainSvg {...props} layout={WIDE} className="hidden h-auto w-full lg:block print:block" />
      <PainSvg {...props} layout={NARROW} className="h-auto w-full max-w-xl lg:hidden print:hidden" />
      <figcaption id="pain-chart-caption">{props.summary}</figcaption>
    </figure>
  );
}

function PainSvg({ days, from, to, locale, layout, className }: Props & { layout: Layout; className: string }) {
  const { width, height, left, right, top, bottom } = layout;
  const span = Math.max(1, daysBetween(from, to));
  const x = (date: string) => left + (daysBetween(from, date) / span) * (width - left - right);
  const y = (pain: number) => top + (1 - pain / 10) * (height - top - bottom);
  const points = days.map((day) => `${x(day.localDate).toFixed(1)},${y(day.mean).toFixed(1)}`).join(" ");
  const middle = addLocalDays(from, Math.round(span / 2));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={className} role="img" aria-labelledby="pain-chart-caption">
      {[0, 2, 4, 6, 8, 10].map((pain) => (
        <g key={pain}>
          <line x1={left} x2={width - right} y1={y(pain)} y2={y(pain)} stroke="#999" strokeWidth="0.5" />
          <text x={left - 6} y={y(pain) + 4} textAnchor="end" fontSize={layout.label} fill="#000">
            {pain}
          </text>
        </g>
      ))}
      <line x1={left} x2={width - right} y1={y(7)} y2={y(7)} stroke="#000" strokeWidth="1" strokeDasharray="4 3" />
      <text x={width - right} y={y(7) - 3} textAnchor="end" fontSize={layout.small} fill="#000">
        {translatorFor(locale, "reportParts")("strongPain", { score: 7 })}
      </text>
      <line x1={left} x2={left} y1={top} y2={height - bottom} stroke="#000" />
      <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} stroke="#000" />
      {[from, middle, to].map((date, index) => (
        <text key={date + index} x={x(date)} y={height - bottom + layout.label + 5} textAnchor={index === 0 ? "start" : index === 2 ? "end" : "middle"} fontSize={layout.label} fill="#000">
          {formatShortDate(date, locale)}
        </text>
      ))}
      <text x={left} y={height - 4} fontSize={layout.small} fill="#000">
        {layout.axisTitle}
      </text>
      {days.length > 1 ? <polyline points={points} fill="none" stroke="#000" strokeWidth="1.5" strokeLinejoin="round" /> : null}
      {days.map((day) => (
        <circle key={day.localDate} cx={x(day.localDate)} cy={y(day.mean)} r={days.length > 120 ? 1.4 : 2.5} fill="#000" />
      ))}
    </svg>
  );
}
