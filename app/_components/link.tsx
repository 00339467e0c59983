import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching (docs/decisions/0104). Every page here is dynamic, so a prefetch
 * fetches only the route tree and the click still waits for the server; yet each link in view
 * cost a request and main-thread work on load (15 requests on /today, about half its blocking
 * time under Lighthouse's phone profile), and data on a metered phone.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
