import { useTranslations } from "next-intl";
import { ButtonLink } from "@/app/_components/button";

/** Inside the signed-in app, so the header's switcher is there: a carer whose access ended can open their own journal. */
export default function SignedInNotFound() {
  const t = useTranslations("errorPage");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-lg">{t("notFoundText")}</p>
      <p className="text-lg">{t("notFoundCarer")}</p>
      <ButtonLink href="/today" className="self-start">
        {t("toToday")}
      </ButtonLink>
    </div>
  );
}
