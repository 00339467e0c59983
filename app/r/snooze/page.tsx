import type { Metadata } from "next";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { verifyEmailLink } from "@/lib/reminders/email-token";
import { Button } from "@/app/_components/button";
import { EmailLinkPage, Expired } from "../_email-link-page";

export const metadata: Metadata = { title: "Remind me later", robots: { index: false } };

export default async function SnoozePage({ searchParams }: { searchParams: Promise<{ token?: string; until?: string }> }) {
  const { token = "", until } = await searchParams;
  if (!verifyEmailLink(token)) {
    await countTokenMiss();
    return <Expired />;
  }
  const choice = until === "evening" ? "evening" : "hour";
  return (
    <EmailLinkPage title="Remind me later">
      <p className="text-lg">We will send this reminder again {choice === "evening" ? "this evening at 7 pm (or in an hour, if it is later than that)" : "in one hour"}.</p>
      <form method="post" action={`/r/snooze/confirm?token=${encodeURIComponent(token)}&until=${choice}`}>
        <Button type="submit">
          {choice === "evening" ? "Remind me this evening" : "Remind me in 1 hour"}
        </Button>
      </form>
    </EmailLinkPage>
  );
}
