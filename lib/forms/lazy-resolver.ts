import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type SchemaOrImport<Input extends FieldValues, Output> = z.ZodType<Output, Input> | (() => Promise<z.ZodType<Output, Input>>);

/**
 * A react-hook-form resolver for a schema given as is or as a function that imports it, so the
 * schema library can stay out of a page's first load (docs/decisions/0087). `preload` starts the
 * import (call it when the person starts on the form); the first check waits for it. An import
 * that fails (the connection dropped) is tried again by the next check instead of failing every
 * check after it.
 */
export function lazyResolver<Input extends FieldValues, Output>(schema: SchemaOrImport<Input, Output>) {
  let loaded: Promise<Resolver<Input, unknown, Output>> | undefined;
  const load = () =>
    (loaded ??= Promise.resolve(typeof schema === "function" ? schema() : schema)
      .then((ready) => zodResolver(ready) as Resolver<Input, unknown, Output>)
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      }));
  const resolve: Resolver<Input, unknown, Output> = async (values, context, options) => (await load())(values, context, options);
  // From focus and touch handlers, where nobody awaits: the submit's own check reports a failure.
  const preload = () => void load().catch(() => undefined);
  return { resolve, preload };
}
