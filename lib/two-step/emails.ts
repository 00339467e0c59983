import { composeMail } from "../mail/compose";

const IF_NOT_YOU = "If this was not you, sign in, change your password and sign out everywhere in Settings, then check Settings → Security.";

export function twoStepOnEmail(name: string) {
  return composeMail("Two-step sign-in is on for your Footnote account", `Hello ${name},`, [
    { paragraph: "From now on, signing in with your password or an email link also asks for a code from your authenticator app. Signing in with a passkey does not need a code." },
    { paragraph: "Keep your recovery codes somewhere safe: they let you in if you lose your phone." },
    { note: IF_NOT_YOU },
  ]);
}

export function twoStepOffEmail(name: string) {
  return composeMail("Two-step sign-in is off for your Footnote account", `Hello ${name},`, [
    { paragraph: "Two-step sign-in was turned off. Signing in now needs only your password, an email link or a passkey. Your old recovery codes no longer work." },
    { note: IF_NOT_YOU },
  ]);
}

export function recoveryCodesRenewedEmail(name: string) {
  return composeMail("New recovery codes for your Footnote account", `Hello ${name},`, [
    { paragraph: "New recovery codes were made for your account. The old ones no longer work." },
    { note: IF_NOT_YOU },
  ]);
}

export function recoveryCodeUsedEmail(name: string, left: number) {
  return composeMail("A recovery code was used to sign in to Footnote", `Hello ${name},`, [
    {
      paragraph: `One of your recovery codes was just used to sign in. You have ${left} ${left === 1 ? "code" : "codes"} left. If you have lost your phone, set up two-step sign-in again on your new phone in Settings → Security, and make new recovery codes there.`,
    },
    { note: IF_NOT_YOU },
  ]);
}
