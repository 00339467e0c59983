import { messageKey } from "../i18n/message-key";
import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "../auth/schemas";

export const journalRoleSchema = z.enum(["SEE", "RECORD", "REMINDERS"], { message: messageKey("chooseRole") });

const idSchema = z.string().min(1).max(64);

export const inviteCarerSchema = z.object({
  email: emailSchema,
  role: journalRoleSchema,
});
export type InviteCarerInput = z.output<typeof inviteCarerSchema>;

export const changeRoleSchema = z.object({ memberId: idSchema, role: journalRoleSchema });
export const memberIdSchema = z.object({ memberId: idSchema });
export const invitationIdSchema = z.object({ invitationId: idSchema });
export const openJournalSchema = z.object({ journalId: idSchema });
export const journalIdSchema = z.object({ journalId: idSchema });
/** Invitation links carry 256 random bits, base64url. */
export const invitationTokenSchema = z.object({ token: z.string().min(20).max(100) });

export const heldJournalSchema = z.object({ name: nameSchema });
export const handOverSchema = z.object({ email: emailSchema });
export const takeOverSchema = z
  .object({ token: z.string().min(20).max(100), password: newPasswordSchema, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match" });
