import { useTranslations } from "next-intl";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";

/** "Left foot, heel", in the page's language. */
export function useRegionName(): (foot: Foot, region: FootRegion) => string {
  const t = useTranslations("footMap");
  const words = useTranslations("vocabulary");
  return (foot, region) => t("regionName", { foot: words(`feet.${foot}`), region: words(`regionsInSentence.${region}`) });
}
