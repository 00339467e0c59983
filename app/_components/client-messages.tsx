import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type Namespace } from "@/lib/i18n/pick-messages";
import type { Messages } from "@/lib/i18n/messages";

/**
 * Sends the browser the messages of `namespaces` only, for the client components below: every
 * page, layout and error page lists those its client components use (lib/i18n/client-messages.test.ts
 * checks the lists against the code). A nested list replaces the one above it.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
