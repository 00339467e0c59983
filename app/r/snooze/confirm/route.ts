import { snoozeFromEmailLink } from "@/lib/reminders/email-actions";
import { snoozeUntilSchema } from "@/lib/reminders/schemas";

export const runtime = "nodejs";

/** Snoozes from the email's link (signed token, no sign-in), then says until when. */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const until = snoozeUntilSchema.safeParse(url.searchParams.get("until"));
  const result = until.success ? await snoozeFromEmailLink(url.searchParams.get("token") ?? "", until.data) : { ok: false as const };
  if (!result.ok || !result.at) return Response.redirect(new URL("/r/done?what=expired", url), 303);
  return Response.redirect(new URL(`/r/done?what=snoozed&at=${result.at.toISOString()}&tz=${encodeURIComponent(result.timeZone)}`, url), 303);
}
