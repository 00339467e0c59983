import { AppError } from "@/lib/app-error";
import { removeSubscription } from "@/lib/push/subscriptions";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** Removes one of the person's devices; another person's, or an unknown id, is 404. */
export const DELETE = userRoute<Context>(async (user, _request, { params }) => {
  if (!(await removeSubscription(user.id, (await params).id))) throw AppError.notFound("That device could not be found. It may have been removed already.");
  return new Response(null, { status: 204 });
});
