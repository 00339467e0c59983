import { z } from "zod";
import { messageKey } from "../i18n/message-key";

/** An authenticator-app code ("123 456" is fine) or a recovery code ("abcde-23456"). */
export const secondStepCodeSchema = z
  .string()
  .trim()
  .min(1, messageKey("codeRequired"))
  .max(40, messageKey("codeTooLong"));

/** Only an authenticator-app code sets the second step up (it proves the app has the secret). */
export const setupCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, messageKey("setupCodeDigits"))),
});

export const secondStepSchema = z.object({ code: secondStepCodeSchema });
