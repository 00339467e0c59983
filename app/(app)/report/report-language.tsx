"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { SelectField, type SelectOption } from "@/app/_components/select-field";

/**
 * The report's language, beside Print and Download: a Spanish-speaking person can print it in
 * English for a doctor who reads English. The preview below follows the choice, so the browser's
 * Print command prints what it shows.
 */
export function ReportLanguage({ value, languages }: { value: string; languages: SelectOption[] }) {
  const t = useTranslations("reportPage");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <SelectField
      id="report-language"
      label={t("language")}
      options={languages}
      value={value}
      className="sm:max-w-xs"
      onChange={(event) => {
        const query = new URLSearchParams(search);
        query.set("language", event.target.value);
        router.replace(`${pathname}?${query}`, { scroll: false });
      }}
    />
  );
}
