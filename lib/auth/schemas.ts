import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./limits";
import { timeZoneSchema } from "./time-zones";

// Shared by the forms (zodResolver) and the server actions and route handlers (parse).

export { PASSWORD_MIN_LENGTH } from "./limits";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter an email address like name@example.com"));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

export const nameSchema = z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** What the sign-up action receives: the form, and where to go once the emailed link is used. */
export const signUpRequestSchema = signUpSchema.extend({ callbackUrl: z.string().max(2000).optional() });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200, "Use at most 200 characters"),
});
export type SignInInput = z.input<typeof signInSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });
export type EmailOnlyInput = z.input<typeof emailOnlySchema>;

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, "This link is not valid");

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const profileSchema = z.object({ name: nameSchema, timeZone: timeZoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

/**
 * Confirming it is you before something sensitive in Settings: the current password, or instead a
 * passkey's answer (the browser's JSON, checked against a challenge this browser holds).
 */
export const identityShape = {
  currentPassword: z.string().max(200, "Use at most 200 characters"),
  passkey: z.string().max(40_000).optional(),
};
export type IdentityProof = { currentPassword: string; passkey?: string };
const identityGiven = (value: IdentityProof) => value.currentPassword.length > 0 || Boolean(value.passkey);
export const identityRequired = (message: string): [typeof identityGiven, { path: string[]; message: string }] => [identityGiven, { path: ["currentPassword"], message }];

export const identitySchema = z.object(identityShape).refine(...identityRequired("Enter your current password"));

export const changeEmailSchema = z
  .object({ email: emailSchema, ...identityShape })
  .refine(...identityRequired("Enter your current password"));
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const changePasswordSchema = z
  .object({
    ...identityShape,
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(...identityRequired("Enter your current password"))
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });
