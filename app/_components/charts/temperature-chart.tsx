import { useLocale, useTranslations } from "next-intl";
import { formatDecimal } from "@/lib/i18n/format";
import type { ReadablePoint } from "./chart-reader";
import { SERIES } from "./palette";
import { gridPath, Legend, linePath, markerPath, Plot, xTicks, yScale } from "./plot";

export type TemperaturePoint = { label: string; difference: number | null; reading: ReadablePoint | null };

/** Left minus right skin temperature at one spot, with the ±2.2 °C lines that foot-care guidance watches. */
export function TemperatureChart({ points, summary, threshold }: { points: TemperaturePoint[]; summary: string; threshold: number }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const limit = Math.ceil(Math.max(threshold + 1, ...points.map((p) => Math.abs(p.difference ?? 0))));
  const y = yScale(-limit, limit);
  const step = limit > 4 ? 2 : 1;
  const ticks = Array.from({ length: Math.floor(limit / step) * 2 + 1 }, (_, index) => -Math.floor(limit / step) * step + index * step);
  const values = points.map((p) => p.difference);
  const stroke = { vectorEffect: "non-scaling-stroke", fill: "none" } as const;
  const degrees = (value: number) => `${value < 0 ? "−" : value > 0 ? "+" : ""}${Math.abs(value)}°`;
  return (
    <>
      <Plot
        summary={summary}
        yTicks={ticks.map((value) => ({ at: y(value), label: degrees(value) }))}
        xLabels={xTicks(points.map((p) => p.label))}
        notes={[
          { at: y(threshold), label: `+${formatDecimal(threshold, locale)} °C`, colour: SERIES.rose },
          { at: y(-threshold), label: `−${formatDecimal(threshold, locale)} °C`, colour: SERIES.rose, below: true },
        ]}
        reader={{ label: t("readTemperature"), points: points.flatMap((p) => (p.reading ? [p.reading] : [])) }}
      >
        <path d={gridPath([y(0)])} stroke={SERIES.slate} strokeWidth={1} {...stroke} />
        <path d={gridPath([y(threshold), y(-threshold)])} stroke={SERIES.rose} strokeWidth={2} strokeDasharray="4 3" {...stroke} />
        <path d={linePath(values, y)} stroke={SERIES.blue} strokeWidth={2} {...stroke} />
        <path d={markerPath(values, y)} stroke={SERIES.blue} strokeWidth={7} strokeLinecap="round" {...stroke} />
      </Plot>
      <Legend
        items={[
          {
            label: t("leftMinusRight"),
            mark: (
              <>
                <path d="M0 6H24" stroke={SERIES.blue} strokeWidth={2} />
                <path d="M12 6h0" stroke={SERIES.blue} strokeWidth={7} strokeLinecap="round" />
              </>
            ),
          },
          { label: `±${formatDecimal(threshold, locale)} °C`, mark: <path d="M0 6H24" stroke={SERIES.rose} strokeWidth={2} strokeDasharray="4 3" /> },
        ]}
      />
    </>
  );
}
