import { useTranslations } from "next-intl";
import type { SelectOption } from "./select-field";

/** 0–10 with both ends named ("0 – no pain"), for optional scores (pain at one place, tiredness). */
export function useScoreOptions(): (none: string, most: string) => SelectOption[] {
  const words = useTranslations("vocabulary");
  return (none, most) =>
    Array.from({ length: 11 }, (_, score) => ({
      value: String(score),
      label: score === 0 ? words("scoreEnd", { score, words: none }) : score === 10 ? words("scoreEnd", { score, words: most }) : String(score),
    }));
}
