import type { Metadata } from "next";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { verifyEmailLink } from "@/lib/reminders/email-token";
import { Button } from "@/app/_components/button";
import { EmailLinkPage, Expired } from "../_email-link-page";

export const metadata: Metadata = { title: "Pause this reminder", robots: { index: false } };

export default async function PausePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  if (!verifyEmailLink(token)) {
    await countTokenMiss();
    return <Expired />;
  }
  return (
    <EmailLinkPage title="Pause this reminder?">
      <p className="text-lg">You will get no more emails from this reminder until you resume it on your reminders page.</p>
      <form method="post" action={`/r/unsubscribe?token=${encodeURIComponent(token)}`}>
        <Button type="submit">
          Pause this reminder
        </Button>
      </form>
    </EmailLinkPage>
  );
}
