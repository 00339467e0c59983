import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { ButtonLink } from "@/app/_components/button";
import { LinkNoLongerValid } from "@/app/share/link-no-longer-valid";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvitation } from "@/lib/journals/membership";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { TakeOverForm } from "./take-over-form";
import { ClientMessages } from "@/app/_components/client-messages";
import type { Namespace } from "@/lib/i18n/pick-messages";

// The messages this page's client components use (both of its answers show them).
const IN_BROWSER = ["common", "errors", "invitation"] satisfies Namespace[];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** An invitation to help with someone's journal: who, whose, what they may do; accept once signed in. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, t, common] = await Promise.all([findInvitation(token), getTranslations("invitation"), getTranslations("common")]);
  if (!invitation) {
    await countTokenMiss();
    return (
      <ClientMessages namespaces={IN_BROWSER}>
        <LinkNoLongerValid reason={t("notValid")} />
      </ClientMessages>
    );
  }
  const user = await getCurrentUser();
  const here = `/invitations/${token}`;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <ClientMessages namespaces={IN_BROWSER}>
      <AuthCard title={invitation.handover ? t("takeOverTitle") : t("helpTitle", { name: invitation.journalName })}>
        <p className="text-lg">
          {invitation.handover ? t("takeOverText", { inviter: invitation.inviterName }) : t("helpText", { inviter: invitation.inviterName, name: invitation.journalName })}
        </p>
        {invitation.handover ? null : (
          <p className="text-lg">{t.rich("role", { role: invitation.role, strong })}</p>
        )}
        <p>{t("sentTo", { email: invitation.email })}</p>
        {invitation.handover ? (
          <TakeOverForm token={token} />
        ) : user ? (
          user.email === invitation.email ? (
            <AcceptInvitationButton token={token} />
          ) : (
            <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
              {t("otherAccount", { signedIn: user.email, email: invitation.email })}
            </p>
          )
        ) : (
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>{t("createAccount")}</ButtonLink>
            <ButtonLink variant="secondary" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
              {common("signIn")}
            </ButtonLink>
          </div>
        )}
      </AuthCard>
    </ClientMessages>
  );
}
