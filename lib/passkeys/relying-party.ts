import { serverEnv } from "../env";

/**
 * Who passkeys are made for: the public URL's host is the relying-party ID and its origin the only
 * origin a ceremony may come from, so a passkey made here works nowhere else (and one made on
 * another site, or a look-alike address, does not work here).
 */
export function relyingParty() {
  const url = new URL(serverEnv().NEXTAUTH_URL);
  return { id: url.hostname, origin: url.origin, name: "Footnote" };
}
