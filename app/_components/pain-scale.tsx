import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useReadMessage } from "./use-read-message";

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/** One score's radio button, registered with the form (its value, and whether it starts chosen). */
type RegisteredRadio = UseFormRegisterReturn & { value?: string; defaultChecked?: boolean };

/**
 * The 11-point numeric rating scale as a native radio group: arrow keys move between scores, and
 * both ends are named, on screen and for screen readers.
 */
export function PainScale({ legend, name, choice, error, hint }: { legend: string; name: string; choice: (score: string) => RegisteredRadio; error?: string; hint?: string }) {
  const errorId = `${name}-error`;
  const words = useTranslations("vocabulary");
  const read = useReadMessage();
  const ends = { 0: words("painNone"), 10: words("painWorst") };
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p className="text-base text-slate-600">{hint}</p> : null}
      <div className="grid grid-cols-6 gap-2 sm:grid-cols-11">
        {SCORES.map((score) => (
          <label key={score} className="relative">
            <input
              type="radio"
              className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
              aria-label={score === 0 ? words("painScoreNone") : score === 10 ? words("painScoreWorst") : String(score)}
              {...choice(String(score))}
            />
            <span className="flex min-h-12 items-center justify-center rounded-md border-2 border-slate-400 bg-white text-lg font-bold peer-checked:border-brand-900 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-amber-700">
              {score}
            </span>
          </label>
        ))}
      </div>
      <div className="flex justify-between gap-3 text-base text-slate-700" aria-hidden="true">
        <span>0 = {ends[0]}</span>
        <span>10 = {ends[10]}</span>
      </div>
      {error ? (
        <p id={errorId} className="font-semibold text-red-800">
          {read(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
