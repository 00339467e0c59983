"use client";

import { createContext, use, type ReactNode } from "react";

// The signed-in person's locale, for client components that write dates (the same one the server
// formats with; lib/time/format-in-zone).
const UserLocale = createContext("en-GB");

export function UserLocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <UserLocale value={locale}>{children}</UserLocale>;
}

export function useUserLocale(): string {
  return use(UserLocale);
}
