import { temperatureTable } from "@/lib/journal/temperature-table";

/** A check's skin temperatures: each spot's left and right reading and the difference, over 2.2 °C marked in words. */
export function TemperatureReadings({ readings }: { readings: Parameters<typeof temperatureTable>[0] }) {
  const rows = temperatureTable(readings);
  return (
    <div className="overflow-x-auto" role="region" aria-label="Skin temperatures, scrolls sideways on a small screen" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="pb-2 text-left text-xl font-bold">Skin temperature (°C)</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-3">Spot</th>
            <th scope="col" className="py-1 pr-3">Left</th>
            <th scope="col" className="py-1 pr-3">Right</th>
            <th scope="col" className="py-1">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.site} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal">{row.label}</th>
              <td className="py-1 pr-3">{row.left}</td>
              <td className="py-1 pr-3">{row.right}</td>
              <td className={`py-1 ${row.over ? "font-semibold text-red-800" : ""}`}>{row.difference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
