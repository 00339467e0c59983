import { z } from "zod";

/** An authenticator-app code ("123 456" is fine) or a recovery code ("abcde-23456"). */
export const secondStepCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the 6-digit code from your authenticator app, or a recovery code")
  .max(40, "That is longer than any code");

/** Only an authenticator-app code sets the second step up (it proves the app has the secret). */
export const setupCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6 digits your authenticator app shows")),
});

export const secondStepSchema = z.object({ code: secondStepCodeSchema });
