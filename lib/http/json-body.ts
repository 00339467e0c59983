import { AppError } from "../app-error";
import { messageKey } from "../i18n/message-key";

/**
 * A route's JSON body, read no further than `maxBytes` (413 past it) and only when sent as JSON
 * (415 otherwise: a form post from another page never reaches the handler's logic).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("Send the body as JSON (Content-Type: application/json).", { status: 415 });
  const tooLarge = () => new AppError(messageKey("requestTooLarge"), { status: 413 });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("The request body is not valid JSON.", { status: 400 });
  }
}
