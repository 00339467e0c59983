import { parseOrThrow } from "@/lib/app-error";
import { readJsonBody } from "@/lib/http/json-body";
import { forgetSubscriptionSchema, MAX_SUBSCRIPTION_BYTES, pushSubscriptionSchema } from "@/lib/push/schemas";
import { forgetSubscription, saveSubscription } from "@/lib/push/subscriptions";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

/** Turns notifications on for this browser (JSON: its PushSubscription). 201 with the device's id and name. */
export const POST = userRoute(async (user, request) => {
  const input = parseOrThrow(pushSubscriptionSchema, await readJsonBody(request, MAX_SUBSCRIPTION_BYTES));
  const saved = await saveSubscription(user.id, input, request.headers.get("user-agent") ?? "");
  return Response.json(saved, { status: 201, headers: { "Cache-Control": "no-store" } });
});

/** Signing out on this browser (JSON: `endpoint`): its subscription goes, if it is the person's. */
export const DELETE = userRoute(async (user, request) => {
  const { endpoint } = parseOrThrow(forgetSubscriptionSchema, await readJsonBody(request, MAX_SUBSCRIPTION_BYTES));
  await forgetSubscription(user.id, endpoint);
  return new Response(null, { status: 204 });
});
