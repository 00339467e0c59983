import { z } from "zod";
import { timeZoneSchema } from "./time-zones";

// Shared by the forms (zodResolver) and the server actions and route handlers (parse).

export const PASSWORD_MIN_LENGTH = 10;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter an email address like name@example.com"));

const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

const nameSchema = z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters");

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

export const changeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().min(1, "Enter your current password").max(200),
});
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });
