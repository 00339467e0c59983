import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A namespace as client components name it: "entry", or a part of one: "settings.sessions". */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Tree = { [key: string]: string | Tree };

/**
 * The messages of `namespaces` only, nested as they are in the message files, for a client
 * subtree: the rest never reaches the browser (docs/decisions/0101).
 */
export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let from: string | Tree = messages as unknown as Tree;
    let to = picked;
    for (const [index, key] of keys.entries()) {
      from = typeof from === "object" ? (from[key] ?? "") : "";
      if (index === keys.length - 1) to[key] = from;
      else to = (to[key] = typeof to[key] === "object" ? to[key] : {}) as Tree;
    }
  }
  return picked;
}
