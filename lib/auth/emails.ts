import { translatorFor } from "../i18n/translator";
import { composeMail } from "../mail/compose";

export function magicLinkEmail(url: string) {
  return composeMail("Your sign-in link for Footnote", "Hello,", [
    { paragraph: "Use this link to sign in to Footnote. It works once and for the next 10 minutes." },
    { button: { label: "Sign in to Footnote", url } },
    { note: "If you did not ask to sign in, you can ignore this email; nobody can sign in without the link." },
  ]);
}

export function passwordResetEmail(name: string, url: string) {
  return composeMail("Reset your Footnote password", `Hello ${name},`, [
    { paragraph: "Someone asked to reset the password of your Footnote account. Use this link to choose a new one. It works once and for the next hour." },
    { button: { label: "Choose a new password", url } },
    { note: "Choosing a new password signs you out on every other device. If you did not ask for this, ignore this email: your password stays as it is." },
  ]);
}

export function confirmEmailChangeEmail(name: string, url: string) {
  return composeMail("Confirm your new email address for Footnote", `Hello ${name},`, [
    { paragraph: "Please confirm that you want to use this address for your Footnote account. The link works once and for the next hour." },
    { button: { label: "Confirm my new email address", url } },
    { note: "If you did not ask for this, ignore this email and nothing changes." },
  ]);
}

export function emailChangedNoticeEmail(name: string, newEmail: string) {
  return composeMail("Your Footnote email address was changed", `Hello ${name},`, [
    { paragraph: `The email address of your Footnote account is now ${newEmail}. Emails from Footnote will go there from now on.` },
    { note: "If you did not make this change, reset your password from the sign-in page straight away." },
  ]);
}

export function finishSignUpEmail(name: string, url: string, locale: string) {
  const t = translatorFor(locale, "email");
  return composeMail(
    t("finishSignUpSubject"),
    t("hello", { name }),
    [{ paragraph: t("finishSignUpText") }, { button: { label: t("finishSignUpButton"), url } }, { note: t("finishSignUpNote") }],
    locale,
  );
}

/** In the language of the account that exists (its holder reads it), not of the form that was sent. */
export function accountExistsEmail(name: string, signInUrl: string, resetUrl: string, locale: string) {
  const t = translatorFor(locale, "email");
  return composeMail(
    t("accountExistsSubject"),
    t("hello", { name }),
    [
      { paragraph: t("accountExistsText") },
      { button: { label: t("accountExistsButton"), url: signInUrl } },
      { paragraph: t("accountExistsReset", { url: resetUrl }) },
      { note: t("accountExistsNote") },
    ],
    locale,
  );
}

export function passwordResetNoticeEmail(name: string, twoStepOn: boolean) {
  return composeMail("Your Footnote password was changed", `Hello ${name},`, [
    { paragraph: "The password of your Footnote account was just changed with a reset link, and every device was signed out." },
    twoStepOn
      ? { paragraph: "Two-step sign-in is still on: signing in with the new password also asks for the code from your authenticator app (or a recovery code)." }
      : { paragraph: "You can now sign in with the new password." },
    { note: "If you did not do this, someone can read your email: ask for a new reset link from the sign-in page straight away, and change your email password." },
  ]);
}
