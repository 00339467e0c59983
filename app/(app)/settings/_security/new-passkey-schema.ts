import { z } from "zod";
import { identityRequired, identityShape } from "@/lib/auth/schemas";
import { messageKey } from "@/lib/i18n/message-key";
import { passkeyNameSchema } from "@/lib/passkeys/schemas";

/** The add-a-passkey form: its name, and the password that confirms it is you (or a passkey's answer). */
export const newPasskeySchema = z.object({ name: passkeyNameSchema, ...identityShape }).refine(...identityRequired(messageKey("passwordToConfirm")));
