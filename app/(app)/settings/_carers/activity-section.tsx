import { getTranslations } from "next-intl/server";
import { ACTIVITY_RETENTION_DAYS, type ActivityLine } from "@/lib/journals/activity";
import { formatDateTime } from "@/lib/time/format-in-zone";

/** What carers and share links viewed or changed in my journal, newest first. */
export async function ActivitySection({ lines, reader }: { lines: ActivityLine[]; reader: { timeZone: string; locale: string } }) {
  const t = await getTranslations("carers");
  return (
    <section aria-labelledby="activity-heading" className="flex flex-col gap-4">
      <h2 id="activity-heading" className="text-2xl font-bold">
        {t("activityTitle")}
      </h2>
      <p className="text-slate-700">{t("activityIntro", { years: ACTIVITY_RETENTION_DAYS / 365 })}</p>
      {lines.length === 0 ? (
        <p>{t("activityNone")}</p>
      ) : (
        <ul className="flex flex-col gap-1" data-testid="activity">
          {lines.map((line) => (
            <li key={line.id}>
              {t.rich("activityLine", {
                time: formatDateTime(line.at, reader),
                actor: line.actor,
                who: line.who,
                action: line.action.replace(" ", "_"),
                subject: line.subject.replace(" ", "_"),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
