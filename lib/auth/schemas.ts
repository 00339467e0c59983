import { z } from "zod";
import { DEFAULT_LANGUAGE } from "../i18n/locales";
import { languageSchema } from "../i18n/schemas";
import { messageKey } from "../i18n/message-key";
import { PASSWORD_MIN_LENGTH } from "./limits";
import { timeZoneSchema } from "./time-zones";

// Shared by the forms (zodResolver) and the server actions and route handlers (parse). Messages are
// keys, read in the person's language where they are shown (lib/i18n/message-key.ts).

export { PASSWORD_MIN_LENGTH } from "./limits";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, messageKey("emailRequired"))
  .max(254, messageKey("emailTooLong"))
  .pipe(z.email(messageKey("emailInvalid")));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, messageKey("passwordTooShort", { min: PASSWORD_MIN_LENGTH }))
  .max(200, messageKey("tooLong", { max: 200 }));

export const nameSchema = z.string().trim().min(1, messageKey("nameRequired")).max(100, messageKey("tooLong", { max: 100 }));

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
  language: languageSchema.default(DEFAULT_LANGUAGE),
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** What the sign-up action receives: the form, and where to go once the emailed link is used. */
export const signUpRequestSchema = signUpSchema.extend({ callbackUrl: z.string().max(2000).optional() });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, messageKey("passwordRequired")).max(200, messageKey("tooLong", { max: 200 })),
});
export type SignInInput = z.input<typeof signInSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });
export type EmailOnlyInput = z.input<typeof emailOnlySchema>;

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, messageKey("linkInvalid"));

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: messageKey("passwordsDiffer"),
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** `language` may be left out (a client that does not send it keeps the account's). */
export const profileSchema = z.object({ name: nameSchema, timeZone: timeZoneSchema, language: languageSchema.optional() });
export type ProfileInput = z.input<typeof profileSchema>;

/**
 * Confirming it is you before something sensitive in Settings: the current password, or instead a
 * passkey's answer (the browser's JSON, checked against a challenge this browser holds).
 */
export const identityShape = {
  currentPassword: z.string().max(200, messageKey("tooLong", { max: 200 })),
  passkey: z.string().max(40_000).optional(),
};
export type IdentityProof = { currentPassword: string; passkey?: string };
const identityGiven = (value: IdentityProof) => value.currentPassword.length > 0 || Boolean(value.passkey);
export const identityRequired = (message: string): [typeof identityGiven, { path: string[]; message: string }] => [identityGiven, { path: ["currentPassword"], message }];

export const identitySchema = z.object(identityShape).refine(...identityRequired(messageKey("currentPasswordRequired")));

export const changeEmailSchema = z
  .object({ email: emailSchema, ...identityShape })
  .refine(...identityRequired(messageKey("currentPasswordRequired")));
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const changePasswordSchema = z
  .object({
    ...identityShape,
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(...identityRequired(messageKey("currentPasswordRequired")))
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: messageKey("passwordsDiffer"),
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });
