import { useTranslations } from "next-intl";
import { ButtonLink } from "./_components/button";

export default function NotFound() {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-lg">{t("notFoundText")}</p>
      <ButtonLink href="/" className="self-start">
        {t("toStart")}
      </ButtonLink>
    </main>
  );
}
