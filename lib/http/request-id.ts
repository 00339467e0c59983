import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

/** The id proxy.ts gave this request; it ties a user's error reference to the server log line. */
export async function currentRequestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
}
