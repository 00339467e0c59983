import { composeMail } from "../mail/compose";

export function passkeyAddedEmail(name: string, passkeyName: string) {
  return composeMail("A passkey was added to your Footnote account", `Hello ${name},`, [
    { paragraph: `A passkey called “${passkeyName}” was just added to your Footnote account. It can now sign in to your account without a password.` },
    { note: "If this was not you, sign in, remove the passkey in Settings → Security, change your password and sign out everywhere." },
  ]);
}
