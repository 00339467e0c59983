import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { snoozeFromEmailLink } from "@/lib/reminders/email-actions";
import { snoozeUntilSchema } from "@/lib/reminders/schemas";
import { publicRoute } from "@/lib/routes";

export const runtime = "nodejs";

/** Snoozes from the email's link (signed token, no sign-in), then says until when. */
export const POST = publicRoute(
  async (request) => {
    const url = request.nextUrl;
    const until = snoozeUntilSchema.safeParse(url.searchParams.get("until"));
    const result = until.success ? await snoozeFromEmailLink(url.searchParams.get("token") ?? "", until.data) : { ok: false as const };
    if (!result.ok || !result.at) {
      await countTokenMiss();
      return Response.redirect(new URL("/r/done?what=expired", url), 303);
    }
    return Response.redirect(new URL(`/r/done?what=snoozed&at=${result.at.toISOString()}&tz=${encodeURIComponent(result.timeZone)}`, url), 303);
  },
  { tokenGuesses: true },
);
