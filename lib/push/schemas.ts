import { z } from "zod";

// What a browser's PushSubscription.toJSON() gives, checked before it is stored: the endpoint is
// where the server will send the person's reminders, so only an https URL of reasonable length;
// the keys are a P-256 public key (65 bytes) and a 16-byte auth secret, base64url.

export const MAX_SUBSCRIPTION_BYTES = 4096;
export { MAX_DEVICES_PER_PERSON } from "./limits";

const base64url = (bytes: number, message: string) =>
  z
    .string({ error: message })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, message)
    .refine((value) => Buffer.from(value, "base64url").length === bytes, message);

export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string({ error: "The subscription has no endpoint." })
    .max(1000, "The subscription's endpoint is too long.")
    .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:" && !/\s/.test(value), "The subscription's endpoint must be an https:// address."),
  expirationTime: z.number().nullable().optional(),
  keys: z.object(
    {
      p256dh: base64url(65, "The subscription's p256dh key must be a P-256 public key."),
      auth: base64url(16, "The subscription's auth secret must be 16 bytes."),
    },
    { error: "The subscription has no keys." },
  ),
});

export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

export const forgetSubscriptionSchema = z.object({ endpoint: z.string().max(1000) });
