import { SERIES } from "./palette";

export type CareBar = { label: string; meanNextDayPain: number; shown: string };

/** Two bars, each labelled with its figure and its number of days, so nothing rests on colour. Plain HTML. */
export function CareChart({ bars, summary }: { bars: CareBar[]; summary: string }) {
  return (
    <div role="img" aria-label={summary} className="flex flex-col gap-3 py-2">
      {bars.map((bar) => (
        <div key={bar.label} className="grid grid-cols-[7rem_1fr] items-center gap-2">
          <span className="text-sm text-slate-700">{bar.label}</span>
          <span className="flex items-center gap-2">
            <span className="h-8 rounded-r-sm" style={{ width: `${(bar.meanNextDayPain / 10) * 80}%`, background: SERIES.green }} />
            <span className="text-sm whitespace-nowrap">{bar.shown}</span>
          </span>
        </div>
      ))}
      <span className="grid grid-cols-[7rem_1fr] gap-2 text-xs text-slate-700">
        <span />
        <span className="flex w-4/5 justify-between border-t border-slate-400 pt-1">
          <span>0</span>
          <span>5</span>
          <span>10</span>
        </span>
      </span>
    </div>
  );
}
