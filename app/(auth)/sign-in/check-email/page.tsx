import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { clientAddress } from "@/lib/http/client-address";
import { isOutboxVisible } from "@/lib/mail/outbox";
import { isOutboxMode } from "@/lib/mail/send-mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authPages.checkEmail"))("metaTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("authPages.checkEmail");
  const showOutbox = isOutboxVisible(clientAddress(await headers()), isOutboxMode());
  return (
    <AuthCard title={t("title")}>
      <p className="text-lg">{t("sent")}</p>
      <p className="text-slate-700">{t("nothing")}</p>
      {showOutbox ? (
        <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4">
          {t.rich("outbox", {
            link: (words) => (
              <Link href="/dev/outbox" className="font-semibold text-brand-700 underline">
                {words}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <Link href="/sign-in" className="font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
    </AuthCard>
  );
}
