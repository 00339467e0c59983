import { useTranslations } from "next-intl";
import { temperatureTable } from "@/lib/journal/temperature-table";

/** A check's skin temperatures: each spot's left and right reading and the difference, over 2.2 °C marked in words. */
export function TemperatureReadings({ readings, locale }: { readings: Parameters<typeof temperatureTable>[0]; locale: string }) {
  const rows = temperatureTable(readings, locale);
  const t = useTranslations("temperatureTable");
  return (
    <div className="overflow-x-auto" role="region" aria-label={t("region")} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="pb-2 text-left text-xl font-bold">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-3">{t("spot")}</th>
            <th scope="col" className="py-1 pr-3">{t("left")}</th>
            <th scope="col" className="py-1 pr-3">{t("right")}</th>
            <th scope="col" className="py-1">{t("difference")}</th>
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
