import "next-auth";

declare module "next-auth" {
  /** What a provider's authorize returns: the person, and how they proved it (lib/auth/auth-options.ts). */
  interface User {
    method?: import("../generated/prisma/enums").SignInMethod;
    secondStep?: import("../generated/prisma/enums").SecondStep;
  }
  interface Session {
    user: { id: string; sessionId: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
