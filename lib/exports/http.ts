import { GENERIC_ERROR, SESSION_ENDED_ERROR } from "../app-error";
import { getCurrentUser, type CurrentUser } from "../auth/current-user";
import { logger } from "../logger";
import { localDateOf } from "../time/local-day";

// The export routes share one shape: the signed-in person's own data only, as an attachment,
// never cached by anything between them and the server.

export async function exportResponse(route: string, build: (user: CurrentUser, today: string) => Promise<{ body: BodyInit; type: string; name: string; size?: number | null }>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: SESSION_ENDED_ERROR }, { status: 401 });
  try {
    const file = await build(user, localDateOf(new Date(), user.timeZone));
    return new Response(file.body, {
      headers: {
        "Content-Type": file.type,
        "Content-Disposition": `attachment; filename="${file.name}"`,
        "Cache-Control": "private, no-store",
        ...(file.size ? { "Content-Length": String(file.size) } : {}),
      },
    });
  } catch (error) {
    logger.error({ err: error, userId: user.id, route }, "export failed");
    return Response.json({ error: GENERIC_ERROR }, { status: 500 });
  }
}
