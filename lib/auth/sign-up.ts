import { AppError } from "../app-error";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { hashPassword } from "./password";
import type { signUpSchema } from "./schemas";
import type { z } from "zod";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in instead, or reset your password.";

export async function signUp(input: z.output<typeof signUpSchema>): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { name: input.name, email: input.email, passwordHash, timeZone: input.timeZone },
      select: { id: true },
    });
    return { userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(EMAIL_TAKEN_MESSAGE, { field: "email" });
    }
    throw error;
  }
}
