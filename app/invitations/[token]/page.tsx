import type { Metadata } from "next";
import { AuthCard } from "@/app/_components/auth-card";
import { ButtonLink } from "@/app/_components/button";
import { LinkNoLongerValid } from "@/app/share/link-no-longer-valid";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvitation } from "@/lib/journals/membership";
import { ROLE_LABELS } from "@/lib/journals/policy";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { TakeOverForm } from "./take-over-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** An invitation to help with someone's journal: who, whose, what they may do; accept once signed in. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (!invitation) {
    await countTokenMiss();
    return <LinkNoLongerValid reason="Invitations work once and for 7 days, and can be withdrawn. Please ask for a new one." />;
  }
  const user = await getCurrentUser();
  const here = `/invitations/${token}`;
  const whose = invitation.handover ? "your own journal" : `${invitation.journalName}’s foot health journal`;
  return (
    <AuthCard title={invitation.handover ? "Take over your journal" : `Help with ${invitation.journalName}’s journal`}>
      <p className="text-lg">
        {invitation.handover
          ? `${invitation.inviterName} has kept a foot health journal for you. Accept to make it yours; ${invitation.inviterName} keeps helping with it.`
          : `${invitation.inviterName} invited you to help with ${whose}.`}
      </p>
      {invitation.handover ? null : (
        <p className="text-lg">
          You would be able to: <strong>{ROLE_LABELS[invitation.role].name}</strong> — {ROLE_LABELS[invitation.role].allows}.
        </p>
      )}
      <p>The invitation was sent to {invitation.email}.</p>
      {invitation.handover ? (
        <TakeOverForm token={token} />
      ) : user ? (
        user.email === invitation.email ? (
          <AcceptInvitationButton token={token} />
        ) : (
          <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4">
            You are signed in as {user.email}. Sign out, then sign in or create an account with {invitation.email} to accept.
          </p>
        )
      ) : (
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>Create an account</ButtonLink>
          <ButtonLink variant="secondary" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            Sign in
          </ButtonLink>
        </div>
      )}
    </AuthCard>
  );
}
