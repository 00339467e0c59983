import { findingsOf, type Advice } from "@/lib/advice/rules";
import { useTranslations } from "next-intl";
import { findingWords, wordsFor, type WordingContext } from "@/lib/advice/wording";
import { HealedButton } from "./healed-button";

const LEVEL_STYLES = {
  urgent: { box: "border-red-800 bg-red-50", badge: "bg-red-800 text-white" },
  "see-professional": { box: "border-amber-700 bg-amber-50", badge: "bg-amber-800 text-white" },
  care: { box: "border-brand-600 bg-brand-50", badge: "bg-brand-700 text-white" },
} as const;

/**
 * Guidance as lib/advice decided it, red flags first; each item says why it is shown, and what it is
 * about can be marked healed. Nothing here decides anything: it renders the words for each id.
 */
export function AdviceList({
  advice,
  wording,
  headingId,
  title,
  emptyText,
}: {
  advice: readonly Advice[];
  wording: WordingContext;
  headingId: string;
  title?: string;
  emptyText: string;
}) {
  const t = useTranslations("guidance");
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-2xl font-bold">
        {title ?? t("title")}
      </h2>
      <p className="font-semibold text-slate-700">{t("notMedicalAdvice")}</p>
      {advice.length === 0 ? (
        <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">{emptyText}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {advice.map((item) => {
            const words = wordsFor(item, wording);
            const style = LEVEL_STYLES[item.level];
            return (
              <li key={item.id} className={`flex flex-col gap-2 rounded-lg border-l-8 p-4 ${style.box}`} data-advice={item.id}>
                <span className={`self-start rounded px-2 py-0.5 text-base font-bold ${style.badge}`}>{t(`levels.${item.level}`)}</span>
                <h3 className="text-xl font-bold">{words.title}</h3>
                <p>{words.text}</p>
                <p className="text-base text-slate-700">
                  <span className="font-semibold">{t("whyYouSeeThis")}</span>
                  {words.reason}
                </p>
                {findingsOf(item).length > 0 ? (
                  <ul className="flex flex-col gap-2" aria-label={t("hasItHealed")}>
                    {findingsOf(item).map((finding) => (
                      <li key={finding.observationIds.join()}>
                        <HealedButton observationIds={finding.observationIds} what={findingWords(finding, wording.locale)} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
