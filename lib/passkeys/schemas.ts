import { messageKey } from "../i18n/message-key";
import { z } from "zod";

// The browser's answers to a ceremony arrive as JSON text (a form field, a next-auth credential);
// their shape is checked before SimpleWebAuthn reads them, which then checks every byte.

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/).max(4096);

const registrationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: base64url, attestationObject: base64url.max(16_384), transports: z.array(z.string().max(32)).max(10).optional() }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.string().max(32).optional(),
});

const authenticationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: base64url, authenticatorData: base64url, signature: base64url, userHandle: base64url.optional() }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.string().max(32).optional(),
});

function parseJson<T>(schema: z.ZodType<T>, text: unknown): T | null {
  if (typeof text !== "string" || text.length > 40_000) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const parseRegistrationResponse = (text: unknown) => parseJson(registrationResponseSchema, text);
export const parseAuthenticationResponse = (text: unknown) => parseJson(authenticationResponseSchema, text);

export const passkeyNameSchema = z.string().trim().min(1, messageKey("passkeyNameRequired")).max(60, messageKey("tooLong", { max: 60 }));

export const addPasskeySchema = z.object({ name: passkeyNameSchema, response: z.string().min(1).max(40_000) });
export const passkeyIdSchema = z.object({ passkeyId: z.string().min(1).max(64) });
/** The sign-in and confirmation answers: the browser's assertion as JSON text. */
export const passkeyAssertionSchema = z.object({ response: z.string().min(1).max(40_000) });
