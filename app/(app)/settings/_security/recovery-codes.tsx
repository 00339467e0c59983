import { useTranslations } from "next-intl";

/** Recovery codes, shown once: after setting up the second step, and after making new ones. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("twoStep");
  return (
    <div className="flex flex-col gap-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4" role="region" aria-labelledby="recovery-codes-heading">
      <h4 id="recovery-codes-heading" className="text-lg font-bold">
        {t("codesTitle")}
      </h4>
      <p>{t.rich("codesText", { b: (words) => <strong>{words}</strong> })}</p>
      <ol className="grid grid-cols-1 gap-2 font-mono text-xl sm:grid-cols-2" aria-label={t("codesList")}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
